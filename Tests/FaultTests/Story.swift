/// A short invented news story, numbered so each copy is a distinct article.
func story(_ n: Int) -> String {
    """
    Ferry crews in Saltholm vote on new rota \(n)

    Ferry crews in Saltholm voted on Thursday on a new shift rota, the union said.

    "We want the same rules for every crossing," said deckhand Oriel Maszkowski. "Nobody should work a double shift twice in one week."

    The operator said it would publish the result of ballot number \(n) on Friday.
    """
}
