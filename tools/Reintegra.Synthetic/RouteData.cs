namespace Reintegra.Synthetic;

/// <summary>How people come back to one country: by air (mostly from the US) or by land (mostly from Mexico).</summary>
internal sealed record RouteData(
    double CountryWeight,
    double AirShare,
    double AirFromMexicoShare,
    double LandFromGuatemalaShare,
    string AirReception,
    string[] LandReceptions,
    string PhonePrefixes)
{
    // Country weights: IOM, returns January-September 2018 (EFE via departamento19.hn): GT 70,907, HN 57,035, SV 18,940.
    // Air shares (of arrivals) are estimates blended from: GT 2024 66,016 air / 10,752 land (IGM via Prensa Latina),
    // GT 2017 34,263 air / 33,071 land (DGM via La Hora); HN January 2023 73.8 % air, 25.3 % land, 0.9 % sea (INM via
    // Confidencial HN); SV January-November 2018 14,149 from the US, 10,549 from Mexico (DGME via Diario1).
    // Air from Mexico: GT 2017 1,430 of 34,263 air returns came from Mexico (La Hora); HN 2020 caravan flights from Villahermosa.
    public static RouteData Guatemala { get; } = new(
        70907, 0.75, 0.04, 0,
        "Centro de Recepción de Retornados, Base de la Fuerza Aérea Guatemalteca, Ciudad de Guatemala",
        ["Tecún Umán, Ayutla, San Marcos", "Tecún Umán, Ayutla, San Marcos", "La Mesilla, La Democracia, Huehuetenango"],
        "3,4,5");

    public static RouteData Honduras { get; } = new(
        57035, 0.72, 0.06, 0.15,
        "Aeropuerto Internacional Ramón Villeda Morales, San Pedro Sula (CAMR)",
        ["Corinto, Omoa (CAMR Omoa)", "Corinto, Omoa (CAMR Omoa)", "Agua Caliente, Ocotepeque", "El Florido, Copán Ruinas"],
        "3,7,8,9");

    public static RouteData ElSalvador { get; } = new(
        18940, 0.60, 0.03, 0.15,
        "Aeropuerto Internacional Monseñor Óscar Arnulfo Romero, San Luis Talpa (Dirección de Atención al Migrante)",
        ["La Hachadura, San Francisco Menéndez, Ahuachapán", "La Hachadura, San Francisco Menéndez, Ahuachapán", "El Amatillo, Pasaquina, La Unión"],
        "6,7");

    /// <summary>ICE Air removal hubs (common knowledge of the routes; the mix is an estimate).</summary>
    public static string[] UnitedStatesDepartures { get; } =
    [
        "Alexandria, LA (AEX)", "Alexandria, LA (AEX)", "Brownsville, TX (BRO)", "Harlingen, TX (HRL)", "El Paso, TX (ELP)",
        "San Antonio, TX (SAT)", "Houston, TX (IAH)", "Mesa, AZ (AZA)", "Miami, FL (MIA)",
    ];

    public static string[] MexicoAirDepartures { get; } = ["Villahermosa, Tabasco (VSA)", "Tapachula, Chiapas (TAP)"];

    public static string[] MexicoLandDepartures { get; } =
    [
        "Tapachula, Chiapas (Estación Migratoria Siglo XXI)", "Tapachula, Chiapas (Estación Migratoria Siglo XXI)",
        "Acayucan, Veracruz", "Tenosique, Tabasco", "Ciudad de México",
    ];

    public static string[] GuatemalaLandDepartures { get; } = ["Ciudad de Guatemala", "Tecún Umán, San Marcos"];
}
