import HearsayCLI

Hearsay.main()
