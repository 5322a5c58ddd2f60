namespace Reintegra.Synthetic;

/// <summary>
/// Surname weights, in thousands of bearers. The top of each list comes from the civil registries as quoted in
/// the press (see README); the tail is an estimate that keeps a Zipf-like decline. Minority lists are drawn only for
/// people from the regions where those peoples live.
/// </summary>
internal static class SurnameData
{
    // RENAP, as reported by Emisoras Unidas (2026-03-11): López > 1.7 M, Pérez > 1.2 M, García > 850 k,
    // then Hernández, Morales, Ramírez, Gómez, González, Vásquez and Caal. Everything after García is estimated.
    public const string Guatemala =
        "López:1700,Pérez:1200,García:850,Hernández:600,Morales:520,Ramírez:480,Gómez:450,González:440,Vásquez:420,Caal:330," +
        "Rodríguez:300,Martínez:290,Méndez:260,Juárez:250,Chávez:240,Castillo:230,Jiménez:220,Díaz:210,Ramos:200,Cruz:200," +
        "Reyes:190,Sánchez:190,Velásquez:180,Mejía:170,Alvarado:160,Orozco:150,Fuentes:150,Estrada:145,Gutiérrez:140,Aguilar:140," +
        "Flores:130,Herrera:120,Ortiz:120,Barrios:120,Castro:120,Mendoza:110,Torres:110,Escobar:90,Rivera:90,Cabrera:90," +
        "Marroquín:90,Ordóñez:90,Álvarez:90,Guzmán:90,Santos:80,Orellana:80,Salazar:80,Ruiz:80,Figueroa:70,Cardona:70," +
        "Godínez:70,Carrillo:70,Paz:70,Maldonado:70,Recinos:60,Cifuentes:60,Girón:60,Navarro:60,Quiñónez:60,Rojas:60," +
        "Solís:50,Lemus:50,Villatoro:50,Chacón:50,Bautista:50,Roblero:45,Monterroso:40,Mazariegos:40,Hidalgo:40,Zacarías:40," +
        "Samayoa:40,Gálvez:40,Coronado:40,Galindo:40,Arévalo:40,Lima:40,Vicente:40,Bámaca:30,De León:60,De la Cruz:50";

    // Mayan surnames (Q'eqchi', K'iche', Kaqchikel, Mam ...), and the saints' names that serve as surnames in the
    // Q'anjob'al, Chuj and Mam north-west (Prensa Libre, "Mi apellido es Jerónimo"). Weights estimated.
    public const string GuatemalaMayan =
        "Caal:330,Xol:140,Coc:135,Choc:135,Pop:130,Tiul:90,Chub:80,Cux:70,Cuc:70,Tzul:60,Cac:60,Bol:60,Maquín:50,Chen:50," +
        "Ical:45,Pacay:40,Batz:40,Tum:40,Tut:35,Xoy:35,Ixcoy:30,Yax:30,Xicará:25,Tzoc:25,Tecún:25,Calel:25,Ajanel:20,Chiroy:20," +
        "Tuyuc:20,Quiej:20,Xuc:20,Cojtí:20,Yoc:20,Sicán:20,Chumil:15,Ixcot:15," +
        "Mateo:90,Pascual:80,Diego:80,Tomás:60,Domingo:60,Francisco:60,Miguel:60,Andrés:50,Sebastián:50,Juan:50,Pedro:50," +
        "Lucas:40,Gaspar:40,Pablo:40,Baltazar:40,Agustín:40,Felipe:40,Marcos:40,Jacinto:30,Jerónimo:30,Bernabé:15";

    // RNP Honduras annual report, as reported on 2023-11-14: Hernández > 400 k, López 372.3 k, Martínez 343.7 k,
    // Rodríguez 301.4 k, García 282.5 k, Mejía 243.6 k, Cruz 194.3 k, Flores 191.8 k, Sánchez 185.3 k, Reyes 178.2 k.
    // Everything after Reyes is estimated.
    public const string Honduras =
        "Hernández:410,López:372,Martínez:344,Rodríguez:301,García:282,Mejía:244,Cruz:194,Flores:192,Sánchez:185,Reyes:178," +
        "Pérez:170,Gómez:160,Díaz:150,Romero:145,Castillo:140,Ramírez:140,Zelaya:130,Sosa:125,Rivera:125,Aguilar:120," +
        "Ramos:115,Vásquez:110,Maldonado:100,Mendoza:100,Domínguez:90,Ortiz:90,Velásquez:90,Alvarado:85,Pineda:85,Chávez:80," +
        "Gutiérrez:80,Fúnez:70,Ávila:70,Zúniga:70,Bonilla:70,Orellana:70,Paz:70,Espinoza:70,Banegas:60,Lara:60,Murillo:60," +
        "Meza:60,Amaya:60,Padilla:60,Núñez:60,Rosales:60,Oseguera:50,Ponce:50,Lagos:50,Moncada:50,Guevara:50,Valle:50," +
        "Matute:40,Nolasco:40,Escoto:40,Suazo:40,Andino:40,Membreño:40,Sierra:40,Salgado:40,Benítez:40,Turcios:40,Argueta:40," +
        "Euceda:30,Madrid:30,Irías:30,Cárcamo:30,Elvir:25,Fiallos:20,Rápalo:20";

    // Garifuna surnames of the Caribbean coast and a few of La Mosquitia; an illustrative list, weights estimated.
    public const string HondurasGarifunaMiskito =
        "Güity:8,Norales:8,Bernárdez:8,Arzú:10,Sambulá:6,Cacho:6,Satuyé:4,Lacayo:6,Suazo:8,Álvarez:8,Martínez:10," +
        "Haylock:4,Wood:3,Kingsman:3,Bendles:3";

    // Hernández is the most frequent surname in El Salvador (Forebears, as mapped by Statista 2023); the order and
    // weights of the rest are estimated.
    public const string ElSalvador =
        "Hernández:500,Martínez:330,López:300,Rodríguez:280,García:260,González:250,Ramírez:230,Flores:220,Pérez:200,Rivera:180," +
        "Cruz:170,Romero:160,Sánchez:160,Díaz:150,Reyes:140,Castillo:120,Ramos:120,Vásquez:120,Portillo:110,Alvarado:100," +
        "Mejía:100,Guevara:90,Chávez:90,Argueta:90,Aguilar:90,Mendoza:85,Gómez:85,Menjívar:80,Morales:80,Orellana:75," +
        "Ayala:70,Henríquez:70,Quintanilla:70,Bonilla:65,Serrano:65,Alfaro:65,Escobar:60,Rosales:60,Amaya:60,Guardado:55," +
        "Cortez:55,Velásquez:55,Avelar:50,Molina:50,Fuentes:50,Campos:50,Lemus:45,Zelaya:45,Ventura:45,Palacios:45," +
        "Landaverde:40,Canales:40,Pineda:40,Benítez:40,Durán:40,Osorio:40,Rivas:40,Sorto:35,Umaña:35,Villalta:35,Ascencio:35," +
        "Barahona:35,Marroquín:35,Chicas:30,Mancía:30,Aparicio:30,Lovo:25,Urquilla:25,Orantes:25,Sibrián:25,Renderos:25,Cañas:25," +
        "Castro:30,Torres:30,Ortiz:30,Santos:30,Miranda:30,Guzmán:28,Funes:25,Iraheta:25,Lara:25,Peña:25,Márquez:25," +
        "Carranza:22,Saravia:22,Melara:20,Alas:20,Tobar:20,Jovel:18,Quijada:18,Salmerón:18,Artiga:18,Deras:15,Hércules:15," +
        "Nolasco:18,Elías:18,Carballo:15,Vides:15,Cornejo:15,Aguirre:18,Paredes:18,Navarrete:15,Pleitez:12,Arévalo:18,Ruiz:20";
}
