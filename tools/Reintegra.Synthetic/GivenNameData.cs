namespace Reintegra.Synthetic;

/// <summary>
/// Given-name weights, in thousands of bearers, shared by the three countries. The Guatemalan counts from RENAP
/// (Soy502 and Guatemelate, 2025-10: María 863,932; José 501,827; Juan 405,431; Carlos 279,776; Luis 253,845;
/// Pedro 159,589; Ana 253,250; Juana 207,201; Rosa 140,124; Marta 106,103) anchor the top; the rest is estimated
/// from names common among adults born 1960-2007 and children born since, in the three countries.
/// </summary>
internal static class GivenNameData
{
    public const string MaleFirst =
        "José:500,Juan:405,Carlos:280,Luis:254,Pedro:160,Jorge:110,Miguel:110,Francisco:100,Mario:90,Marvin:80,Edwin:80," +
        "Wilmer:70,Óscar:70,Édgar:70,David:70,Kevin:60,Cristian:60,Daniel:60,Manuel:60,Antonio:60,Brayan:50,Jonathan:50," +
        "Elmer:50,Erick:50,Nelson:50,Walter:50,Josué:50,Jesús:50,Fernando:50,Santos:50,Roberto:50,Julio:50,Víctor:50,Ángel:50," +
        "Byron:50,Selvin:40,Henry:40,Wilson:40,Denis:40,Ricardo:40,Rafael:40,Sergio:40,Eduardo:40,Alexander:40,Diego:40," +
        "Tomás:40,Marcos:40,Alberto:40,Darwin:30,Alex:30,Rolando:30,Hugo:30,Mateo:30,Pascual:30,Andrés:30,Salvador:30," +
        "Enrique:30,Héctor:30,Samuel:30,Rubén:30,Domingo:25,Sebastián:25,Mynor:25,Anderson:20,Yeison:20,Gaspar:20,Lucas:20," +
        "Efraín:20,Israel:20,Ernesto:20,Gustavo:20,Rodolfo:20,Alfredo:20,Estuardo:20,Baltazar:15,Abner:15,Ignacio:15," +
        "Gregorio:15,Vicente:15,Guillermo:15,Guadalupe:10,Dylan:15,Santiago:15,Gael:10,Jostin:10";

    public const string MaleSecond =
        "Luis:60,Carlos:50,Antonio:60,Manuel:50,Alberto:40,Fernando:40,Eduardo:40,Enrique:40,Alexander:50,David:40," +
        "Francisco:30,Miguel:30,Ángel:40,Daniel:30,Rolando:25,Estuardo:30,Armando:30,Roberto:25,Adolfo:20,René:25,Alfredo:20," +
        "Javier:30,Ernesto:20,Gabriel:25,Andrés:20,Josué:25,Isaac:15,de Jesús:30,Orlando:25,Geovany:20,Alejandro:30," +
        "Ramón:20,Mauricio:25,Humberto:15";

    public const string FemaleFirst =
        "María:864,Ana:253,Juana:207,Rosa:140,Marta:106,Sandra:70,Gloria:50,Karla:50,Carmen:50,Yesenia:40,Wendy:40," +
        "Jennifer:40,Yessica:40,Evelyn:40,Silvia:40,Blanca:40,Sonia:40,Andrea:40,Gabriela:40,Guadalupe:40,Patricia:40," +
        "Claudia:40,Dilcia:30,Glenda:30,Heidy:30,Ingrid:30,Lesly:30,Katherine:30,Reina:30,Elsa:30,Gladys:30,Lucía:30," +
        "Paola:30,Daniela:30,Fátima:30,Alejandra:30,Sofía:30,Valeria:30,Ángela:30,Leticia:30,Verónica:30,Isabel:30," +
        "Francisca:30,Olga:25,Irma:25,Lidia:25,Catalina:25,Magdalena:25,Petrona:25,Génesis:25,Dulce:20,Ashley:20," +
        "Kimberly:20,Nicole:20,Elena:20,Marlene:20,Rosario:20,Micaela:20,Manuela:20,Josefa:20,Candelaria:15,Dolores:15," +
        "Yamileth:15,Concepción:15,Consuelo:10,Socorro:10,Mercedes:15,Hilda:15";

    public const string FemaleSecond =
        "Isabel:50,Fernanda:40,Guadalupe:40,Elena:40,Gabriela:40,Alejandra:40,Lucía:30,del Carmen:50," +
        "de los Ángeles:40,Josefina:20,Victoria:25,Esperanza:20,Yolanda:20,Concepción:15,Magdalena:20,Marisol:25," +
        "Lorena:30,Beatriz:25,Patricia:30,Elizabeth:40,Carolina:30,Estela:25,Jazmín:20,Maribel:25,Elisa:15,Rosario:20," +
        "Mercedes:15,Dolores:15,Noemí:20,Yamileth:15";

    /// <summary>Compound names so frequent that they are given as a whole, not as two independent draws (estimated).</summary>
    public const string MaleCompound =
        "José Luis:40,Juan Carlos:40,José Antonio:25,Luis Fernando:20,Juan José:20,Carlos Enrique:15,José Manuel:15," +
        "Jorge Luis:15,Marvin Alexander:8,Edwin Estuardo:6,Miguel Ángel:20,José Francisco:10,Juan Pablo:10,José Ángel:10," +
        "Francisco Javier:8,José Roberto:8,Carlos Alberto:10,Luis Alberto:8,José María:5,Juan de Dios:4";

    public const string FemaleCompound =
        "María José:35,Ana Gabriela:15,María Fernanda:25,Ana María:20,María Isabel:20,Rosa María:15,María Guadalupe:20," +
        "María del Carmen:20,María de los Ángeles:15,Ana Lucía:15,María Elena:15,Sandra Patricia:8,Karla Yesenia:5," +
        "Ana Isabel:10,Dulce María:8,María Concepción:6,Marta Julia:5";

    /// <summary>Informal forms a returnee may give or an officer may write (common knowledge; see linkage research).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Nicknames = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["José"] = ["Pepe", "Chepe"],
        ["Francisco"] = ["Paco", "Pancho", "Chico"],
        ["Guadalupe"] = ["Lupe", "Lupita"],
        ["Jesús"] = ["Chuy", "Chucho"],
        ["Ignacio"] = ["Nacho"],
        ["Eduardo"] = ["Lalo"],
        ["Guillermo"] = ["Memo"],
        ["Alberto"] = ["Beto"],
        ["Roberto"] = ["Beto"],
        ["Salvador"] = ["Chava"],
        ["Antonio"] = ["Toño", "Tony"],
        ["Enrique"] = ["Kike", "Quique"],
        ["Rosario"] = ["Chayo"],
        ["Concepción"] = ["Concha", "Conchita"],
        ["Consuelo"] = ["Chelo"],
        ["Dolores"] = ["Lola"],
        ["Socorro"] = ["Coco"],
        ["Manuel"] = ["Manolo"],
        ["Ernesto"] = ["Neto"],
        ["Isabel"] = ["Chabela"],
        ["Mercedes"] = ["Meche"],
        ["Gregorio"] = ["Goyo"],
        ["Vicente"] = ["Chente"],
        ["Rodolfo"] = ["Fito"],
        ["Fernando"] = ["Nando"],
        ["Gustavo"] = ["Tavo"],
        ["Juan"] = ["John"],
        ["Jorge"] = ["George"],
        ["William"] = ["Billy"],
    };
}
