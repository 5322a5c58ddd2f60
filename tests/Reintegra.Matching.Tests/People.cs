namespace Reintegra.Matching.Tests;

/// <summary>Small registries for tests: a crowd of common names so that frequencies are realistic, plus the people under test.</summary>
internal static class People
{
    private static readonly string[] Given = ["José", "Juan", "María", "Ana", "Luis", "Carlos", "Rosa", "Jorge", "Elena", "Miguel", "Sofía", "Pedro"];
    private static readonly string[] Surnames = ["García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez", "Cruz", "Flores", "Morales"];

    public static IdentityRecord Person(string id, string given, string first, string? second, Sex sex, BirthDate dob, string? document = null, string? origin = "GT0101") =>
        new(id)
        {
            GivenNames = given,
            FirstSurname = first,
            SecondSurname = second,
            Sex = sex,
            BirthDate = dob,
            Nationality = "GT",
            OriginPcode = origin,
            Documents = document is null ? [] : [new IdentityDocument("DPI", document)],
        };

    public static List<IdentityRecord> Crowd(int count, int seed = 7)
    {
        var random = new Random(seed);
        var list = new List<IdentityRecord>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Person(
                $"crowd-{i}",
                Given[random.Next(Given.Length)],
                Surnames[random.Next(Surnames.Length)],
                Surnames[random.Next(Surnames.Length)],
                random.Next(2) == 0 ? Sex.Female : Sex.Male,
                BirthDate.Full(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28)),
                $"{random.NextInt64(1_000_000_000_000, 9_999_999_999_999)}",
                $"GT{random.Next(1, 23):00}{random.Next(1, 20):00}"));
        }

        return list;
    }

    public static PersonIndex IndexWith(params IdentityRecord[] people)
    {
        var index = new PersonIndex();
        index.AddRange(Crowd(2000));
        index.AddRange(people);
        return index;
    }
}
