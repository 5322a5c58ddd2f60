namespace Reintegra.Synthetic;

/// <summary>A department: its weight among returnees, the share of its people who are indigenous, and their languages.</summary>
internal sealed record DepartmentProfile(string PCode, double Weight, double IndigenousShare, string Languages = "", double MinoritySurnameShare = 0);

/// <summary>
/// Where returnees come from. Sources and estimates are named per country; the README repeats them.
/// Municipality figures are shares of the whole country's returnees; the rest of a department is spread evenly.
/// </summary>
internal static class OriginData
{
    // Department weights (per mille): estimate blended from IGM figures quoted in the press: 2022 (EFE, 94,216 returns:
    // Huehuetenango + San Marcos + Quiché 33.6 %, Guatemala 7,792, Quetzaltenango 6,184), Jan-Feb 2024 (La Hora: Huehuetenango
    // 2,403, Alta Verapaz 2,005, Guatemala 1,415, Escuintla 1,397, Quiché 1,372, San Marcos 1,354, Petén 1,290) and
    // Jan-Nov 2025 (Prensa Latina: Huehuetenango 9,121, San Marcos 6,718, Quiché 5,039, > 42 % together).
    // Indigenous shares approximate the 2018 census self-identification by department (from memory: an estimate).
    public static readonly DepartmentProfile[] Guatemala =
    [
        new("GT13", 170, 0.65, "mam:5,kjb:3,cac:1.5,jac:1,agu:0.5,ttc:0.2"),
        new("GT12", 125, 0.30, "mam:1"),
        new("GT14", 95, 0.89, "quc:6,ixl:2.5,usp:0.5"),
        new("GT01", 85, 0.14, "cak:6,quc:2,poc:2"),
        new("GT09", 60, 0.52, "quc:6,mam:4"),
        new("GT16", 60, 0.93, "kek:8,poh:2"),
        new("GT17", 40, 0.30, "kek:8,mop:0.3,itz:0.2"),
        new("GT08", 35, 0.98, "quc:1"),
        new("GT05", 35, 0.06),
        new("GT22", 25, 0.05),
        new("GT21", 25, 0.20, "poc:1"),
        new("GT04", 25, 0.78, "cak:1"),
        new("GT07", 25, 0.96, "cak:5,quc:4,tzj:2"),
        new("GT10", 20, 0.50, "quc:6,cak:2,tzj:1"),
        new("GT11", 15, 0.22, "quc:1,mam:1"),
        new("GT18", 15, 0.27, "kek:9,cab:1"),
        new("GT20", 15, 0.25, "caa:1"),
        new("GT06", 15, 0.03),
        new("GT15", 15, 0.60, "acr:6,quc:2,poh:1"),
        new("GT19", 10, 0.01),
        new("GT03", 8, 0.40, "cak:1"),
        new("GT02", 7, 0.02),
    ];

    // IGM, municipalities with most deportees in 2025 to 16 December (Soy502, 2025-12-18; total 52,338).
    public static readonly (string PCode, double Share)[] GuatemalaMunicipalities =
    [
        ("GT0101", 1807 / 52338.0), ("GT1412", 997 / 52338.0), ("GT1206", 882 / 52338.0), ("GT1215", 784 / 52338.0),
        ("GT1207", 725 / 52338.0), ("GT1209", 722 / 52338.0), ("GT0805", 638 / 52338.0), ("GT1304", 628 / 52338.0),
        ("GT1326", 607 / 52338.0), ("GT1318", 605 / 52338.0), ("GT0801", 602 / 52338.0), ("GT1420", 592 / 52338.0),
        ("GT1413", 584 / 52338.0), ("GT2101", 563 / 52338.0), ("GT1301", 541 / 52338.0), ("GT1601", 527 / 52338.0),
        ("GT1319", 521 / 52338.0), ("GT0920", 520 / 52338.0), ("GT1308", 501 / 52338.0),
    ];

    // Department counts from SIAMIR, 1 Jan to early Feb 2021 (El Pulso, 2021-02-10; 3,411 returnees).
    // Garifuna and Miskito shares and the Lenca/Ch'orti'/Tol/Pech shares are estimates.
    public static readonly DepartmentProfile[] Honduras =
    [
        new("HN05", 714, 0.01, "cab:1", 0.01),
        new("HN08", 448, 0.01),
        new("HN18", 391, 0.03),
        new("HN03", 271, 0.02),
        new("HN16", 217, 0.02),
        new("HN04", 194, 0.03),
        new("HN01", 194, 0.06, "cab:1", 0.06),
        new("HN13", 162, 0.60),
        new("HN02", 152, 0.10, "cab:1", 0.10),
        new("HN15", 142, 0.01, "pay:1"),
        new("HN06", 117, 0.00),
        new("HN07", 102, 0.01),
        new("HN10", 91, 0.50),
        new("HN17", 82, 0.00),
        new("HN14", 68, 0.00),
        new("HN12", 43, 0.40),
        new("HN11", 21, 0.05, "cab:1", 0.05),
        new("HN09", 2, 0.65, "miq:9,cab:1", 0.65),
    ];

    // Estimates: the main city of each large department (San Pedro Sula, Distrito Central, El Progreso ...).
    public static readonly (string PCode, double Share)[] HondurasMunicipalities =
    [
        ("HN0501", 0.085), ("HN0502", 0.03), ("HN0512", 0.01), ("HN0801", 0.10), ("HN1804", 0.04), ("HN0101", 0.023),
        ("HN0301", 0.024), ("HN1501", 0.01), ("HN0703", 0.01), ("HN0601", 0.014), ("HN0401", 0.012),
    ];

    // Department weights are an estimate: OIM (La Prensa Gráfica, 2019-09-24) names San Salvador first and San Miguel
    // second by department; the eastern departments (San Miguel, La Unión, Usulután, Morazán) are over-represented.
    public static readonly DepartmentProfile[] ElSalvador =
    [
        new("SV10", 170, 0.00),
        new("SV09", 130, 0.00),
        new("SV05", 100, 0.00),
        new("SV14", 90, 0.00),
        new("SV12", 90, 0.00),
        new("SV07", 80, 0.00),
        new("SV13", 60, 0.05, "ppl:1"),
        new("SV06", 50, 0.00),
        new("SV01", 50, 0.02),
        new("SV08", 40, 0.02),
        new("SV03", 40, 0.00),
        new("SV04", 40, 0.00),
        new("SV02", 30, 0.00),
        new("SV11", 30, 0.00),
    ];

    // DGME, January-July 2019 (La Prensa Gráfica, 2019-09-24; 22,693 returnees): San Miguel 1,017, Santa Ana 771,
    // San Salvador 578, Usulután 472.
    public static readonly (string PCode, double Share)[] ElSalvadorMunicipalities =
    [
        ("SV0917", 1017 / 22693.0), ("SV1210", 771 / 22693.0), ("SV1014", 578 / 22693.0), ("SV1423", 472 / 22693.0),
    ];
}
