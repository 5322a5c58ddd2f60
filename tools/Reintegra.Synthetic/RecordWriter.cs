namespace Reintegra.Synthetic;

/// <summary>
/// Writes one person's return as a record: the first time close to their canonical identity, later times with the
/// variations a different officer, a different document or a different memory would introduce.
/// </summary>
internal sealed class RecordWriter(VariationRates rates)
{
    private static readonly IReadOnlyList<string> NoStrings = [];
    private static readonly IReadOnlyList<IdentityDocument> NoDocuments = [];

    // Even first registrations are not all complete: some people only know their birth year or give an age (estimate).
    private const double FirstRecordYearOnlyShare = 0.025;
    private const double FirstRecordAgeOnlyShare = 0.015;

    public Returnee Write(long recordKey, Person person, ReturnEvent evt, Rng rng, bool repeat, LookAlike lookAlike = LookAlike.None, long? lookAlikeOf = null)
    {
        var arrivalDate = DateOnly.FromDateTime(evt.ArrivalUtc);
        var age = Age.Years(person.DateOfBirth, arrivalDate);
        var variations = RecordVariations.None;
        var given = person.GivenParts;
        var first = person.FirstSurname;
        var second = person.SecondSurname;
        DateOnly? dateOfBirth = person.DateOfBirth;
        int? birthYear = null;
        int? estimatedAge = null;

        if (repeat)
        {
            (given, variations) = VaryGivenNames(given, rng, variations);
            (first, second, variations) = VarySurnames(person, age, first, second, rng, variations);
            (dateOfBirth, birthYear, estimatedAge, variations) = VaryDate(person.DateOfBirth, age, rng, variations);
        }
        else if (rng.Chance(FirstRecordYearOnlyShare))
        {
            (dateOfBirth, birthYear) = (null, person.DateOfBirth.Year);
            variations |= RecordVariations.DateYearOnly;
        }
        else if (rng.Chance(FirstRecordAgeOnlyShare))
        {
            (dateOfBirth, estimatedAge) = (null, age);
            variations |= RecordVariations.DateAgeOnly;
        }

        var givenText = given.Length == 1 ? given[0] : string.Join(' ', given);
        if (repeat)
        {
            (givenText, first, second, variations) = VarySpelling(givenText, first, second, rng, variations);
        }

        var child = age < 18;
        var documents = Documents(person, evt, child, rng, repeat, ref variations);
        return new Returnee
        {
            RecordKey = recordKey,
            PersonKey = person.Key,
            GivenNames = givenText,
            FirstSurname = first,
            SecondSurname = second,
            Sex = person.Sex,
            DateOfBirth = dateOfBirth,
            BirthYear = birthYear,
            EstimatedAge = estimatedAge,
            Nationality = person.Nationality,
            Documents = documents,
            OriginAdmin1 = person.Admin1,
            OriginAdmin2 = person.Admin2,
            Phone = person.Phone is not null && rng.Chance(Demography.PhoneRecordedShare)
                ? (repeat && rng.Chance(0.3) ? IdentityNumbers.Phone(rng, person.Country.Routes.PhonePrefixes) : person.Phone)
                : null,
            Languages = person.Languages,
            ArrivalKey = evt.ArrivalKey,
            ArrivalUtc = evt.ArrivalUtc,
            Mode = evt.Mode,
            ReturnedFrom = evt.ReturnedFrom,
            ReturnCategory = Category(evt, child, rng),
            MonthsAbroad = MonthsAbroad(evt, age, rng),
            FamilyGroupKey = evt.FamilyGroupKey,
            AccompanyingAdultKey = child ? evt.AccompanyingAdultKey : null,
            ChildStatus = child ? evt.ChildStatus ?? "unaccompanied" : null,
            Vulnerabilities = Vulnerabilities(person, evt, age, rng),
            IsRepeatReturn = repeat,
            Variations = variations,
            LookAlike = lookAlike,
            LookAlikeOf = lookAlikeOf,
        };
    }

    private (string[] Given, RecordVariations Variations) VaryGivenNames(string[] given, Rng rng, RecordVariations variations)
    {
        if (given.Length > 1 && rng.Chance(rates.GivenNameShortened))
        {
            var roll = rng.Next(10);
            given = roll switch
            {
                < 5 => [given[0]],
                < 8 => [given[1]],
                _ => [Abbreviate(given[0]), given[1]],
            };
            variations |= RecordVariations.GivenNameShortened;
        }
        if (rng.Chance(rates.Nickname))
        {
            for (var i = 0; i < given.Length; i++)
            {
                if (GivenNameData.Nicknames.TryGetValue(given[i], out var nicknames))
                {
                    given = [rng.Pick(nicknames)];
                    variations |= RecordVariations.Nickname;
                    break;
                }
            }
        }
        return (given, variations);
    }

    private static string Abbreviate(string name) => name switch
    {
        "María" => "Ma.",
        "José" => "J.",
        "Juan" => "J.",
        _ => name[..1] + ".",
    };

    private (string First, string? Second, RecordVariations Variations) VarySurnames(
        Person person, int age, string first, string? second, Rng rng, RecordVariations variations)
    {
        if (person.Sex == 'F' && age >= 20 && rng.Chance(rates.MarriedName))
        {
            // "López Pérez de García" or, where the maternal surname gives way, "López de García".
            second = rng.Chance(0.5) && second is not null ? $"{second} de {person.SpouseSurname}" : $"de {person.SpouseSurname}";
            variations |= RecordVariations.MarriedName;
        }
        if (second is not null && rng.Chance(rates.SecondSurnameMissing))
        {
            second = null;
            variations |= RecordVariations.SecondSurnameMissing;
        }
        if (second is not null && rng.Chance(rates.SurnamesSwapped))
        {
            (first, second) = (second, first);
            variations |= RecordVariations.SurnamesSwapped;
        }
        if (second is not null && rng.Chance(rates.SurnamesJoined))
        {
            var roll = rng.Next(10);
            first = roll switch
            {
                < 5 => $"{first}-{second}",
                < 8 => $"{first} {second}",
                _ => first + second.Replace(" ", "", StringComparison.Ordinal),
            };
            second = null;
            variations |= RecordVariations.SurnamesJoined;
        }
        return (first, second, variations);
    }

    private (DateOnly? Date, int? Year, int? Age, RecordVariations Variations) VaryDate(
        DateOnly dateOfBirth, int age, Rng rng, RecordVariations variations)
    {
        if (rng.Chance(rates.DateAgeOnly))
        {
            // An officer's estimate or the person's own guess: often off by a year or two.
            var guess = Math.Max(0, age + rng.Next(-2, 3));
            return (null, null, guess, variations | RecordVariations.DateAgeOnly);
        }
        if (rng.Chance(rates.DateYearOnly))
        {
            return (null, dateOfBirth.Year, null, variations | RecordVariations.DateYearOnly);
        }
        if (dateOfBirth.Day <= 12 && dateOfBirth.Day != dateOfBirth.Month && rng.Chance(rates.DateDayMonthSwapped))
        {
            // US paperwork writes MM/DD: read as DD/MM, the day and the month trade places.
            return (new DateOnly(dateOfBirth.Year, dateOfBirth.Day, dateOfBirth.Month), null, null,
                variations | RecordVariations.DateDayMonthSwapped);
        }
        if ((dateOfBirth.Day != 1 || dateOfBirth.Month != 1) && rng.Chance(rates.DateDefaultedToJanuaryFirst))
        {
            return (new DateOnly(dateOfBirth.Year, 1, 1), null, null, variations | RecordVariations.DateDefaultedToJanuaryFirst);
        }
        return (dateOfBirth, null, null, variations);
    }

    private (string Given, string First, string? Second, RecordVariations Variations) VarySpelling(
        string given, string first, string? second, Rng rng, RecordVariations variations)
    {
        if (rng.Chance(rates.PhoneticSpelling))
        {
            var target = rng.Next(second is null ? 2 : 3);
            var varied = Spelling.PhoneticVariant(target switch { 0 => first, 1 => given, _ => second! }, rng);
            if (varied is null)
            {
                // Try the other fields before giving up: most names have at least one such letter.
                foreach (var t in new[] { 0, 1, 2 })
                {
                    if (t == target || (t == 2 && second is null))
                    {
                        continue;
                    }
                    varied = Spelling.PhoneticVariant(t switch { 0 => first, 1 => given, _ => second! }, rng);
                    if (varied is not null)
                    {
                        target = t;
                        break;
                    }
                }
            }
            if (varied is not null)
            {
                (first, given, second) = target switch { 0 => (varied, given, second), 1 => (first, varied, second), _ => (first, given, varied) };
                variations |= RecordVariations.PhoneticSpelling;
            }
        }
        if (rng.Chance(rates.Typo))
        {
            var target = rng.Next(second is null ? 2 : 3);
            (first, given, second) = target switch
            {
                0 => (Spelling.Typo(first, rng), given, second),
                1 => (first, Spelling.Typo(given, rng), second),
                _ => (first, given, Spelling.Typo(second!, rng)),
            };
            variations |= RecordVariations.Typo;
        }
        if ((Spelling.HasAccents(given) || Spelling.HasAccents(first) || Spelling.HasAccents(second)) && rng.Chance(rates.AccentsDropped))
        {
            given = Spelling.StripAccents(given);
            first = Spelling.StripAccents(first);
            second = second is null ? null : Spelling.StripAccents(second);
            variations |= RecordVariations.AccentsDropped;
        }
        return (given, first, second, variations);
    }

    private IReadOnlyList<IdentityDocument> Documents(Person person, ReturnEvent evt, bool child, Rng rng, bool repeat, ref RecordVariations variations)
    {
        if (repeat && rng.Chance(rates.NoDocument))
        {
            variations |= RecordVariations.NoDocument;
            return NoDocuments;
        }
        var issuer = person.Nationality;
        IdentityDocument? document;
        var roll = rng.NextDouble();
        if (child)
        {
            document = roll < 0.6 && person.BirthCertificate is { } certificate ? new IdentityDocument("birth_certificate", certificate, issuer)
                : roll < 0.75 ? new IdentityDocument("passport", person.Passport, issuer)
                : null;
        }
        else
        {
            var passportShare = evt.Mode == "air" ? 0.25 : 0.15;
            document = roll < 0.55 && person.NationalId is { } id ? new IdentityDocument("national_id", id, issuer)
                : roll < 0.55 + passportShare ? new IdentityDocument("passport", person.Passport, issuer)
                : roll < 0.63 + passportShare && person.ConsularId is { } consular ? new IdentityDocument("consular_id", consular, issuer)
                : null;
        }
        if (repeat && rng.Chance(rates.NewDocument))
        {
            // A passport renewed abroad or a consular card issued since the last return: a number never seen before.
            document = rng.Chance(0.7) || child
                ? new IdentityDocument("passport", IdentityNumbers.Passport(rng, issuer), issuer)
                : new IdentityDocument("consular_id", IdentityNumbers.ConsularId(rng, person.Country.Alpha2), issuer);
            variations |= RecordVariations.NewDocument;
        }
        return document is null ? NoDocuments : [document];
    }

    private static string Category(ReturnEvent evt, bool child, Rng rng)
    {
        // Estimates: removals dominate; unaccompanied children from the US mostly go home through assisted returns.
        var roll = rng.NextDouble();
        if (child && evt.ChildStatus is null or "unaccompanied" && evt.ReturnedFrom == "US")
        {
            return roll < 0.5 ? "forced" : roll < 0.9 ? "assisted_voluntary" : "voluntary";
        }
        return evt.Mode == "air"
            ? roll < 0.94 ? "forced" : roll < 0.97 ? "voluntary" : roll < 0.99 ? "assisted_voluntary" : "spontaneous"
            : roll < 0.85 ? "forced" : roll < 0.94 ? "assisted_voluntary" : roll < 0.98 ? "voluntary" : "spontaneous";
    }

    private static int? MonthsAbroad(ReturnEvent evt, int age, Rng rng)
    {
        if (rng.Chance(0.08))
        {
            return null;
        }
        // Estimates: most returns from Mexico are of people caught in transit; returns from the US mix border
        // apprehensions with people removed after years in the country.
        var roll = rng.NextDouble();
        int months = evt.ReturnedFrom == "US"
            ? roll < 0.40 ? 0 : roll < 0.65 ? rng.Next(1, 12) : (int)Math.Round(12 * Math.Exp(rng.NextDouble() * Math.Log(20)))
            : roll < 0.85 ? 0 : roll < 0.97 ? rng.Next(1, 7) : rng.Next(7, 37);
        return Math.Min(months, Math.Max(0, age * 12));
    }

    private static IReadOnlyList<string> Vulnerabilities(Person person, ReturnEvent evt, int age, Rng rng)
    {
        List<string>? codes = null;
        void Add(string code) => (codes ??= new List<string>(2)).Add(code);

        if (person.Sex == 'F' && age is >= 15 and <= 45 && rng.Chance(Demography.PregnantShare))
        {
            Add(VulnerabilityCodes.Pregnant);
        }
        if (evt.CaresForInfant)
        {
            Add(VulnerabilityCodes.InfantCare);
        }
        if (person.Disability)
        {
            Add(VulnerabilityCodes.Disability);
        }
        if (person.ChronicIllness)
        {
            Add(VulnerabilityCodes.ChronicIllness);
        }
        if (person.MentalHealth)
        {
            Add(VulnerabilityCodes.MentalHealth);
        }
        if (age >= 60)
        {
            Add(VulnerabilityCodes.OlderPerson);
        }
        if (person.Indigenous)
        {
            Add(VulnerabilityCodes.Indigenous);
        }
        if (evt.SingleParent)
        {
            Add(VulnerabilityCodes.SingleParent);
        }
        if (rng.Chance(Demography.RiskOnReturnShare))
        {
            Add(VulnerabilityCodes.RiskOnReturn);
        }
        return codes is null ? NoStrings : codes;
    }
}
