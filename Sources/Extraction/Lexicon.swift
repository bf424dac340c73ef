import HearsayModel
import HearsayText

/// Closed word lists the attribution stages consult, stored as sets of ``Normalizer/key(_:)``
/// values so a lookup never builds a `String`.
enum Lexicon {
    static func keys(_ words: String) -> KeySet {
        KeySet(words.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Normalizer.key(String($0)) })
    }

    /// Subject pronouns and what they can refer to.
    enum PronounKind: Sendable { case male, female, plural, neuter, firstPerson }

    static let pronouns: KeyMap<PronounKind> = {
        var d: [UInt64: PronounKind] = [:]
        for w in ["he", "him", "he's", "he'd", "he'll"] { d[Normalizer.key(w)] = .male }
        for w in ["she", "her", "she's", "she'd", "she'll"] { d[Normalizer.key(w)] = .female }
        for w in ["they", "them", "they're", "they'd", "they'll", "they've"] { d[Normalizer.key(w)] = .plural }
        for w in ["it", "it's"] { d[Normalizer.key(w)] = .neuter }
        for w in ["i", "we", "me", "us", "i'm", "we're", "i'd", "we'd", "i've", "we've", "i'll", "we'll"] {
            d[Normalizer.key(w)] = .firstPerson
        }
        return KeyMap(d)
    }()

    /// Words that open a name as a title, rank or office, and never belong to the name itself.
    static let titles = keys(
        """
        pm mr mrs ms miss dr sir dame lord lady rev reverend father sheikh sheik ayatollah imam rabbi pope cardinal bishop
        president vice prime minister ministers secretary undersecretary deputy assistant chief chairman chairwoman
        chair director commander spokesman spokeswoman spokesperson sen senator rep representative congressman
        congresswoman gov governor lt lieutenant gen general maj major brig brigadier col colonel capt captain sgt
        sergeant adm admiral cmdr commodore cpl pvt gov. attorney judge justice mayor ambassador envoy king queen
        prince princess emir sultan premier chancellor speaker leader leaders candidate nominee founder ceo cfo coo
        executive officer professor prof analyst adviser advisor aide head chairperson commissioner councilman
        councilwoman councillor delegate treasurer superintendent sheriff inspector detective agent officer trooper
        state defense defence foreign interior finance justice homeland security national staff joint chiefs
        acting former late then current incoming outgoing interim elect designate presumptive presidential
        democratic republican democrat republicans democrats gop libertarian independent conservative liberal
        progressive socialist senior junior top
        iraqi iranian american u.s us british french german russian chinese israeli palestinian syrian saudi
        turkish egyptian lebanese afghan pakistani indian japanese korean mexican canadian australian european
        ukrainian kurdish shiite sunni shia muslim christian jewish arab western eastern northern southern
        marine marines army navy air force corps protection
        """)

    /// Words that make a capitalised run the name of an organisation.
    static let orgHeads = keys(
        """
        ministry department agency office council committee commission party campaign post times journal news
        institution
        network press reuters associated institute foundation university college school center centre bureau service
        forces army navy command corps court congress senate house parliament government administration group
        company inc corp corporation association union organization organisation coalition movement front
        alliance hezbollah hizbullah pentagon kremlin embassy mission board fund bank authority police fbi cia nsa
        nato un cnn nbc abc cbs fox msnbc bbc ap afp politifact guardian telegraph tribune herald gazette daily
        magazine radio television tv channel club society federation league brigades brigade militia militias
        security council cabinet assembly administration foundation trust bloc caucus pac politico breitbart
        newsweek independent memri reuters twitter facebook google microsoft apple amazon
        """)

    /// Nouns naming a person by role, used to resolve "the spokesman", "the Iraqi PM".
    static let roleNouns = keys(
        """
        spokesman spokeswoman spokesperson president minister pm premier secretary chief chairman chairwoman
        director commander general senator governor mayor ambassador envoy leader candidate nominee official
        officer aide adviser advisor analyst expert source lawyer attorney judge prosecutor cleric king queen
        prince emir chancellor speaker founder executive ceo head representative congressman congresswoman
        diplomat negotiator strategist pollster economist professor researcher scientist historian manager
        owner investor activist organizer organiser witness resident voter supporter critic member man woman
        person commentator host anchor reporter correspondent editor columnist writer author doctor father mother
        son daughter wife husband brother sister friend colleague neighbor neighbour student teacher worker
        """)

    /// Plural nouns naming a group of people ("protesters", "officials").
    static let groupNouns = keys(
        """
        officials protesters leaders militias critics analysts experts sources people residents democrats
        republicans voters supporters lawmakers legislators senators members activists witnesses investigators
        authorities officers commanders diplomats observers economists researchers scientists aides advisers
        advisors organizers organisers opponents allies conservatives liberals progressives evangelicals
        spokesmen representatives ministers generals soldiers troops fighters workers employees students
        teachers doctors parents families americans iraqis iranians prosecutors lawyers attorneys delegates
        donors strategists pollsters insiders staffers republicans democrats protestors demonstrators
        """)

    /// Lower-case nouns naming an institution ("the company said", "the ministry said").
    static let organisationNouns = keys(
        """
        company firm agency ministry department government campaign committee council board office union party
        administration commission court police army military embassy newspaper network bank university school
        hospital church organization organisation group coalition alliance authority regulator airline
        """)

    /// Nouns for a written or displayed text that can "say" something ("the letter read").
    static let documentNouns = keys(
        """
        letter statement memo memorandum email e-mail note report banner sign placard tweet post message release
        document filing complaint lawsuit indictment ruling order notice poster ad advertisement video caption
        """)

    /// Lower-case words that end a noun phrase read backwards from a verb.
    static let subjectStops = keys(
        """
        that and but or as while when because if so then after before since although though where whereas
        which whom whose to than nor yet unless until once whether how why what
        is are was were be been being has have had do does did will would can could should may might must
        not also
        """)

    /// Lower-case words that may sit between a subject and its reporting verb.
    static let interveners = keys(
        """
        also later then again repeatedly previously recently further once never just already reportedly separately
        publicly privately flatly quickly immediately angrily simply still even often has have had was were is
        are will would could might may should did does do had been being himself herself themselves itself
        today yesterday tonight earlier monday tuesday wednesday thursday friday saturday sunday
        on last this next week month year morning afternoon evening night
        """)

    /// Words that end a noun phrase read forwards from a verb ("said X, who ...").
    static let objectStops = keys(
        """
        who which that in on at during after before when while as to because but and or if than since told said
        says was were is are has had have would will could can may might about into onto upon without through
        over under between against among where whose whom how why what yesterday today monday tuesday wednesday
        thursday friday saturday sunday last this
        """)

    /// Capitalised words that begin a sentence without naming anyone.
    static let capitalizedFunctionWords = keys(
        """
        the a an and but or in on at for of to with by from as if when while after before since because although
        though this that these those there here it its he she they we i you his her their our my your
        however meanwhile still yet so then now also instead indeed moreover thus despite during according like unlike
        amid among amidst throughout upon within without toward towards
        asked speaking
        today tonight yesterday tomorrow later earlier recently lately soon once again already afterwards finally
        eventually suddenly perhaps maybe nevertheless nonetheless otherwise hence therefore besides anyway
        one two three four five six seven eight nine ten many some several each every all both most
        whereas although though unless until whether who what where why how which whose
        january february march april may june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday
        """)

    /// Name particles that may be lower-case inside a name ("Abu Mahdi al-Muhandis", "Charles de Gaulle").
    static let particles = keys("al el bin ibn bint de da di du la le van von der den del della dos das y abu abd")

    /// Spelled-out numbers, which start phrases like "Seventy-four percent" but never names.
    static let numberWords = keys(
        """
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
        eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million half
        """)

    /// Abbreviated US state names written after a town ("Allentown, Pa.").
    static let stateAbbreviations = keys(
        """
        ala ariz ark calif colo conn del fla ga ida ill ind kan kans ky la md mass mich minn miss mo mont neb nev
        okla ore pa tenn tex va vt wash wis wyo wva
        """)

    /// Generational suffixes that follow a surname ("Jr.", "III").
    static let suffixes = keys("jr sr ii iii iv")

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations = keys(
        """
        mr mrs ms dr st jr sr gen lt col maj brig capt sgt adm cmdr gov sen rep rev prof pres vs etc no inc co corp
        ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd dept est fig approx
        """)

    /// Words that make up the names of countries, US states, regions and large cities. A name made
    /// only of these ("New Hampshire", "Los Angeles", "Middle East") is a place, never a person
    /// a pronoun can refer to.
    static let placeWords = keys(
        """
        afghanistan africa alabama alaska albania algeria america americas angeles antarctica arabia argentina
        arizona arkansas asia atlanta atlantic austin australia austria baghdad baltimore bay beach beijing
        belgium berlin boston brazil britain brooklyn brussels cairo california canada carolina chicago chile
        china city cleveland colombia colorado columbia connecticut county cuba dakota dallas damascus delaware
        denver detroit diego district east egypt england europe florida france francisco gaza georgia germany
        greece gulf hampshire hawaii hill hollywood houston idaho illinois india indiana indonesia iowa iran iraq
        ireland island israel italy japan jersey jerusalem kansas kentucky kiev korea kyiv las latin lebanon libya
        london los louisiana maine manhattan maryland massachusetts mexico miami michigan middle minnesota
        mississippi missouri montana moscow nebraska nevada new north ohio oklahoma oregon orleans pacific pakistan
        paris pennsylvania philadelphia phoenix pittsburgh poland portland queens rhode russia sacramento saudi
        san scotland seattle south spain states syria tehran tennessee texas tokyo turkey ukraine united utah
        valley vegas vermont vietnam virginia wales washington west wisconsin wyoming yemen york
        """)

    /// Common given names with their usual gender, to resolve "he" and "she".
    static let femaleNames = keys(
        """
        hillary nancy elizabeth sarah kellyanne melania ivanka michelle debbie donna huma jill carly nikki kamala
        susan mary katie karen maria jennifer lisa amy kate megyn hope jessica anna ana emily emma olivia sophia
        laura linda barbara patricia margaret helen sandra ruth angela theresa condoleezza
        janet loretta samantha valerie tulsi dianne kirsten maxine nikki ann anne jane julia rachel rebecca
        catherine christine diane heather julie kathleen kelly kimberly lauren megan melissa nicole stephanie
        tammy teresa tina victoria wendy zoe sonia meghan chelsea madeleine cheryl gina betsy elaine kirstjen
        alice amanda andrea angela ashley beverly brenda carol carolyn cynthia deborah denise dorothy evelyn
        frances gloria grace irene jacqueline janice jean joan joyce judith judy kathy katherine lori louise
        marie marilyn martha michele pamela peggy phyllis rose sharon shirley sylvia virginia ada agnes alexandra
        alison allison amber amy ann annie april audrey barbara bernadette beth bonnie brittany camille carla
        carmen caroline cassandra charlotte claire clara claudia colleen courtney crystal dana danielle dawn
        debra diana dolores donna doris eileen eleanor elena eliza ellen emily erica erin esther eva faith fiona
        gabriela gail georgia gwen hannah harriet hazel holly ingrid isabel jana jasmine jennie jenny jessie jill
        joanna jocelyn josephine joy juanita julia june kara karen kari katie kay kristen kristin lana leah leslie
        lillian linda lois lorraine lucy lydia lynn mabel madison mara margaret margarita maria marian marianne
        marsha mary maureen maxine melanie melinda mercedes mia miranda molly monica nadia naomi natalie nina
        nora norma olga paula pauline priscilla rachel ramona regina rhonda rita roberta robin rosa rosalind ruby
        sabrina sally sara selena shannon sheila sherry stacey sue susanna suzanne tamara tanya tara terri tiffany
        tracy ursula valerie vanessa vera veronica vivian wanda yolanda yvonne nikki randi neera huma hope
        kellyanne loretta condoleezza tulsi kamala kirsten dianne maxine nancy debbie jeanne
        abigail adrienne alicia alyssa angelina anita antoinette ariana arlene becky belinda bernice bette betty
        beverley brenda bridget brigid candace candice carly carmen carrie cathy charlene cindy claudette connie
        corinne cristina daisy darlene deanna della delores dina dominique dora edith elisa elise ella eloise
        estelle ethel eunice felicia flora florence frieda geraldine gertrude gillian ginger gretchen hilary
        hillary ida imelda irma jackie jade janelle janine jeannette jennifer jenna joanne jodi jolene josie
        judi kaitlyn karin katharine kathryn katrina kendra krista kristina kristine latoya laverne lena
        leticia lila liliana lily liz lorna lorena lucia luisa lynette maggie mandy marcia margo marla marta
        marlene maya meredith michaela mildred millie minnie miriam misty muriel myra nadine nell nellie noelle
        opal patsy patty penny polly rebekah renee rosemary roxanne sabrina samantha sasha shana shauna
        sheryl shelley sonya stella susie tamika tammie thelma toni trisha valentina wilma
        condi hope ilhan nita omarosa sheila heidi ivana tiffany angela theresa
        """)

    static let maleNames = keys(
        """
        donald bernie ted marco john jeb mike michael paul barack bill joe tim chris ben mitt rand newt james robert
        david richard mark william thomas charles george steven steve kevin brian jeff jeffrey eric scott
        matthew andrew daniel anthony joshua ryan gary jason jim jack harry henry peter patrick frank larry
        reince sean stephen corey rudy roger lindsey mitch chuck harry tom adam al abdul adel barham moqtada
        muqtada qassem qasem ali hassan hussein mohammed muhammad ahmed nasser abbas jawad renad jamal mahmoud
        vladimir xi emmanuel boris justin benjamin bibi recep bashar rex jared
        martin carl walter arthur albert alan allen alexander alex andy antonio arnold barry bernard billy bob
        bobby bradley brad brandon brent bruce bryan byron calvin cameron carlos cecil chad charlie christopher
        clarence clifford clint clinton cody colin craig curtis dale dan danny darrell dave dean dennis derek
        dick don donnie doug douglas duane dwight earl ed eddie edgar edward edwin elijah elliot elmer ernest
        eugene evan francis franklin fred freddie frederick gabriel gene geoffrey gerald gilbert glenn gordon
        graham grant greg gregory gus guy hank harold harvey herbert herman howard hugh hugo ian isaac ivan jack
        jacob jake jamie jay jeremy jerome jerry jesse jimmy joel johnny jon jonathan jordan jorge jose joseph
        juan julian julio keith ken kenneth kent kirk kurt lance lawrence lee leo leon leonard lewis lloyd louis
        luis luke malcolm manuel marc marcus mario marshall marvin matt max melvin micah miguel mitchell mohamed
        morgan morris nathan neil nelson nick nicholas noah norman oliver omar oscar owen pablo pat patrick paul
        pedro perry phil philip phillip preston ralph ramon randall randy ray raymond reggie reid ricardo rick
        ricky rob robby rodney roger ron ronald ross roy ruben rudolph russell russ sam samuel saul sergio seth
        shane shaun sheldon sid simon stanley stuart ted terrence terry theodore tod todd tommy tony travis trey
        troy tyler vernon victor vince vincent wade wallace warren wayne wesley will willie wilson zachary
        mitt newt rand rudy reince sean corey chuck mitch lindsey harry barack beto cory deval marty rahm
        aaron abe abraham alfred alvin ambrose andre angelo archie arturo ben benny bert boyd brendan
        brett brock bud buddy burt caleb casey chester chip clay clayton clyde cole conor conrad cornel
        curt dalton damon darren darryl dean denis denny desmond dexter dominic donovan drew dustin dylan
        eli elias elliott emil emilio enrique ernesto ethan everett felix fernando floyd forrest francisco
        frankie garrett garry gavin geoff gerry gil glen grady grover hal hamid hans harlan heath hector herb
        hal homer horace hubert ira irving isaiah ivan jacques jaime jared jeremiah jess jody joey johnnie
        jonah josh joshua juan jules karl kelvin kendrick kenny kyle lamar lars laurence leland lenny
        leroy les lester levi lionel lonnie lorenzo lou lowell lucas luther lyndon mack marc marion marlon mateo
        maurice maxwell merrick milton mohammad monte murray myron nate ned nigel norm orlando orrin otis
        pete quentin rafael ramon randolph reggie reuben rex rich richie riley rocco rod rodrigo roland rolando
        rory ruben rufus rupert rusty salvatore sanford scot sebastian seymour sherrod sonny spencer stan
        sterling stu sylvester tad ted teddy terence thad thaddeus thurgood timothy toby trent tucker ulysses
        vern vic wally walt ward wendell wes whit wilbur willard winston woodrow wyatt xavier zach
        zack rahm reince newt jeh bashar benjamin dmitry sergei sergey francois emmanuel nicolas
        recep hassan hamid viktor jens shinzo narendra enrique felipe vicente
        """)
}
