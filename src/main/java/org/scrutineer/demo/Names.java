package org.scrutineer.demo;

import java.util.List;

/** Deterministic fictional names for demo and generated people. */
final class Names {

    static final List<String> GIVEN = List.of("Amelia", "Oliver", "Priya", "James", "Fatima", "George", "Siobhan",
            "Harry", "Grace", "Mohammed", "Eleanor", "Thomas", "Aisha", "William", "Chloe", "Daniel", "Hannah",
            "Samuel", "Zara", "Joseph", "Megan", "David", "Ruth", "Arjun", "Sophie", "Michael", "Bethan", "Kwame",
            "Lucy", "Patrick", "Imogen", "Tariq", "Rachel", "Owen", "Niamh", "Peter", "Isla", "Yusuf", "Claire",
            "Andrew", "Maya", "Robert", "Jasmine", "Stephen", "Holly", "Christopher", "Leah", "Gareth", "Anna",
            "Marcus");

    static final List<String> FAMILY = List.of("Ahmed", "Bennett", "Carter", "Dhillon", "Evans", "Fletcher",
            "Gallagher", "Hughes", "Iqbal", "Jenkins", "Kowalski", "Lewis", "Mensah", "Nolan", "Okafor", "Patel",
            "Quinn", "Robinson", "Singh", "Turner", "Underwood", "Varma", "Walsh", "Young", "Abbott", "Barker",
            "Chowdhury", "Doyle", "Ellis", "Foster", "Griffiths", "Hartley", "Ingram", "Johal", "Kaur", "Lloyd",
            "Murray", "Nash", "O'Brien", "Price", "Rahman", "Shaw", "Thornton", "Vaughan", "Watts", "Yates",
            "Brennan", "Cole", "Dawson", "Fraser", "Gill", "Holt", "Jarvis", "Khan", "Lister", "Morgan", "Osei",
            "Parry", "Reid", "Sutton");

    private Names() {
    }

    static String given(int i) {
        return GIVEN.get(Math.floorMod(i * 7 + 3, GIVEN.size()));
    }

    static String family(int i) {
        return FAMILY.get(Math.floorMod(i * 11 + 5, FAMILY.size()));
    }
}
