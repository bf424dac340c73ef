import HearsayModel

/// Names of countries, regions and capitals: never a person's surname, and the places a claim
/// is about when grouping claims across articles.
public enum PlaceNames {
    /// Lower-cased place names, as ``NameRuns/key(_:)`` writes them.
    public static let names: Set<String> = [
        "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria", "azerbaijan",
        "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria",
        "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
        "czech republic", "denmark", "egypt", "england", "eritrea", "estonia", "ethiopia", "europe", "finland",
        "france", "georgia", "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland",
        "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya",
        "korea", "north korea", "south korea", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania",
        "malaysia", "mali", "mexico", "moldova", "mongolia", "morocco", "mozambique", "myanmar", "nepal",
        "netherlands", "new zealand", "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine",
        "panama", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia", "rwanda",
        "saudi arabia", "scotland", "senegal", "serbia", "singapore", "slovakia", "somalia", "south africa", "spain",
        "sri lanka", "sudan", "south sudan", "sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand",
        "tunisia", "turkey", "uganda", "ukraine", "united kingdom", "united states", "uruguay", "uzbekistan",
        "venezuela", "vietnam", "wales", "yemen", "zambia", "zimbabwe", "us", "u s", "usa", "uk", "america",
        "gaza", "west bank", "crimea", "kurdistan", "africa", "asia", "latin america", "middle east", "gulf",
        "baghdad", "tehran", "washington", "moscow", "beijing", "london", "paris", "berlin", "damascus", "beirut",
        "kabul", "cairo", "jerusalem", "kyiv", "kiev", "ankara", "riyadh", "brussels", "tokyo", "delhi",
        "new york", "california", "texas", "florida", "ohio", "virginia", "michigan", "pennsylvania", "iowa",
        "kirkuk", "mosul", "basra", "erbil", "aleppo", "idlib", "tripoli", "sanaa", "aden", "istanbul",
    ]
}
