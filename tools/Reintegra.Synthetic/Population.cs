namespace Reintegra.Synthetic;

/// <summary>
/// Makes households from their keys alone. The same seed and key always give the same people, so a household can be
/// made when it first arrives and made again, identical, when one of its members returns years later.
/// </summary>
internal sealed class Population(int seed)
{
    /// <summary>
    /// The kind and size of a household, drawn from a stream of its own so that a registry can count people without
    /// making them.
    /// </summary>
    public HouseholdShape Shape(PersonKey key)
    {
        var rng = Rng.For(seed, (ulong)key.HouseholdKey, 0x5EA9E);
        var kind = (key.Mode == 0 ? Demography.AirHouseholds : Demography.LandHouseholds).Sample(rng);
        return kind switch
        {
            HouseholdKind.SingleAdult => new(kind, 1, 0, false),
            HouseholdKind.Unaccompanied => new(kind, 0, 1, false),
            HouseholdKind.Separated => new(kind, 1, rng.Chance(0.8) ? 1 : 2, false),
            _ => FamilyShape(rng),
        };
    }

    private static HouseholdShape FamilyShape(Rng rng)
    {
        var couple = rng.Chance(Demography.FamilyCoupleShare);
        return new(HouseholdKind.Family, couple ? 2 : 1, Demography.ChildrenPerFamily.Sample(rng), couple);
    }

    public Household Household(PersonKey key)
    {
        var shape = Shape(key);
        var rng = Rng.For(seed, (ulong)key.HouseholdKey, 0xA11CE);
        var country = CountryProfile.ByOrdinal(key.Country);
        var department = country.Departments.Sample(rng);
        var municipality = country.Municipalities(department.PCode).Sample(rng);
        var indigenous = rng.Chance(department.IndigenousShare);
        var languages = Languages(rng, country, department.PCode, indigenous);
        var minorityNames = indigenous && (country.MinoritySurnamesEverywhere || department.MinoritySurnameShare > 0);
        var origin = new Origin(country, department.PCode, municipality.PCode, indigenous, minorityNames, languages);
        var referenceDate = key.ReferenceDate;

        switch (shape.Kind)
        {
            case HouseholdKind.SingleAdult:
                {
                    var sex = rng.Chance(Demography.MaleShareOfSingleAdults(country.Alpha2)) ? 'M' : 'F';
                    var adult = MakePerson(rng, key.WithMember(0), origin, sex, AdultAge(rng), referenceDate, Surnames(rng, origin), adult: true);
                    return new Household(shape.Kind, [adult], 0);
                }
            case HouseholdKind.Unaccompanied:
                {
                    var sex = rng.Chance(Demography.UnaccompaniedBoyShare) ? 'M' : 'F';
                    var age = rng.Chance(Demography.UnaccompaniedAdolescentShare) ? rng.Next(13, 18) : rng.Next(6, 13);
                    var child = MakePerson(rng, key.WithMember(0), origin, sex, age, referenceDate, Surnames(rng, origin), adult: false);
                    return new Household(shape.Kind, [child], 1);
                }
            case HouseholdKind.Separated:
                {
                    // A relative who is not a parent: an uncle or aunt, an older sibling or a grandparent. They share the
                    // child's first surname, and an older sibling shares both.
                    var childSurnames = Surnames(rng, origin);
                    var relativeKind = rng.Next(10);
                    var relativeAge = relativeKind < 3 ? rng.Next(18, 25) : relativeKind < 8 ? rng.Next(22, 50) : rng.Next(50, 70);
                    var relativeSurnames = relativeKind < 3 ? childSurnames : (childSurnames.First, DrawSurname(rng, origin));
                    var relative = MakePerson(rng, key.WithMember(0), origin, rng.Chance(0.6) ? 'M' : 'F', relativeAge, referenceDate, relativeSurnames, adult: true);
                    var members = new Person[1 + shape.Children];
                    members[0] = relative;
                    for (var c = 0; c < shape.Children; c++)
                    {
                        var age = rng.Chance(0.7) ? rng.Next(10, 18) : rng.Next(3, 10);
                        members[1 + c] = MakePerson(rng, key.WithMember(1 + c), origin, rng.Chance(0.6) ? 'M' : 'F', age, referenceDate, childSurnames, adult: false);
                    }
                    return new Household(shape.Kind, members, shape.Children);
                }
            default:
                return Family(rng, key, shape, origin, referenceDate);
        }
    }

    public Person Person(long personKey)
    {
        var key = PersonKey.Unpack(personKey);
        var household = Household(key);
        return household.Members[Math.Min(key.Member, household.Members.Length - 1)];
    }

    private static Household Family(Rng rng, PersonKey key, HouseholdShape shape, Origin origin, DateOnly referenceDate)
    {
        var couple = shape.Couple;
        var ledByWoman = couple || rng.Chance(Demography.FamilyLedByWomanShare);
        var children = shape.Children;
        var members = new Person[(couple ? 2 : 1) + children];
        var leadAge = rng.Next(20, 46);
        var leadSurnames = Surnames(rng, origin);
        string fatherSurname;
        string motherSurname;
        if (couple)
        {
            var father = MakePerson(rng, key.WithMember(0), origin, 'M', leadAge + rng.Next(0, 6), referenceDate, leadSurnames, adult: true);
            var mother = MakePerson(rng, key.WithMember(1), origin, 'F', leadAge, referenceDate, Surnames(rng, origin), adult: true, spouse: father.FirstSurname);
            members[0] = father;
            members[1] = mother;
            fatherSurname = father.FirstSurname;
            motherSurname = mother.FirstSurname;
        }
        else
        {
            var lead = MakePerson(rng, key.WithMember(0), origin, ledByWoman ? 'F' : 'M', leadAge, referenceDate, leadSurnames, adult: true);
            members[0] = lead;
            var other = DrawSurname(rng, origin);
            (fatherSurname, motherSurname) = ledByWoman ? (other, lead.FirstSurname) : (lead.FirstSurname, other);
            // A child recognised by the mother alone carries both of her surnames.
            if (ledByWoman && rng.Chance(0.15))
            {
                (fatherSurname, motherSurname) = (lead.FirstSurname, lead.SecondSurname ?? other);
            }
        }

        var adults = members.Length - children;
        var oldestPossible = Math.Min(17, leadAge - 16);
        for (var c = 0; c < children; c++)
        {
            var age = rng.Next(0, oldestPossible + 1);
            var nationality = key.Mode == 0 && age < 12 && rng.Chance(Demography.UsBornChildShare) ? "US" : origin.Country.Alpha2;
            members[adults + c] = MakePerson(
                rng, key.WithMember(adults + c), origin, rng.Chance(0.5) ? 'M' : 'F', age, referenceDate,
                (fatherSurname, motherSurname), adult: false, nationality: nationality);
        }
        return new Household(HouseholdKind.Family, members, children);
    }

    private static Person MakePerson(
        Rng rng, PersonKey key, Origin origin, char sex, int age, DateOnly referenceDate,
        (string First, string? Second) surnames, bool adult, string? spouse = null, string? nationality = null)
    {
        var country = origin.Country;
        var dateOfBirth = referenceDate.AddYears(-age).AddDays(-rng.Next(0, 365));
        nationality ??= country.Alpha2;
        var national = nationality == country.Alpha2;
        var alpha2 = country.Alpha2;
        string? nationalId = null;
        string? birthCertificate = null;
        if (!national)
        {
            birthCertificate = IdentityNumbers.UnitedStatesBirthCertificate(rng, dateOfBirth.Year);
        }
        else if (alpha2 == "GT")
        {
            // The CUI is given at birth registration and later printed on the DPI.
            var cui = IdentityNumbers.GuatemalaCui(rng, origin.Admin2);
            (nationalId, birthCertificate) = adult ? (cui, (string?)null) : ((string?)null, cui);
        }
        else if (alpha2 == "HN")
        {
            var number = IdentityNumbers.HondurasDni(rng, origin.Admin2, dateOfBirth.Year);
            (nationalId, birthCertificate) = adult ? (number, (string?)null) : ((string?)null, number);
        }
        else
        {
            if (adult)
            {
                nationalId = IdentityNumbers.ElSalvadorDui(rng);
            }
            else
            {
                birthCertificate = IdentityNumbers.ElSalvadorBirthCertificate(rng, dateOfBirth.Year);
            }
        }

        return new Person
        {
            Key = key.Pack(),
            Country = country,
            GivenParts = GivenNames.Draw(rng, sex),
            FirstSurname = surnames.First,
            SecondSurname = surnames.Second,
            Sex = sex,
            DateOfBirth = dateOfBirth,
            Nationality = nationality,
            Admin1 = origin.Admin1,
            Admin2 = origin.Admin2,
            Indigenous = origin.Indigenous,
            Languages = national ? origin.Languages : EnglishAndSpanish,
            NationalId = nationalId,
            BirthCertificate = birthCertificate,
            Passport = IdentityNumbers.Passport(rng, national ? alpha2 : "US"),
            ConsularId = adult && rng.Chance(0.3) ? IdentityNumbers.ConsularId(rng, alpha2) : null,
            Phone = adult ? IdentityNumbers.Phone(rng, country.Routes.PhonePrefixes) : null,
            Disability = rng.Chance(Demography.DisabilityShare),
            ChronicIllness = rng.Chance(Demography.ChronicIllnessShare),
            MentalHealth = rng.Chance(Demography.MentalHealthShare),
            SpouseSurname = spouse ?? country.Surnames.Sample(rng),
        };
    }

    private static readonly string[] SpanishOnly = ["spa"];
    private static readonly string[] EnglishAndSpanish = ["eng", "spa"];

    private static string[] Languages(Rng rng, CountryProfile country, string admin1, bool indigenous)
    {
        var table = indigenous ? country.IndigenousLanguages(admin1) : null;
        if (table is null || !rng.Chance(country.SpeaksLanguageShare))
        {
            return SpanishOnly;
        }
        var language = table.Sample(rng);
        return rng.Chance(Demography.MonolingualShare) ? [language] : [language, "spa"];
    }

    private static int AdultAge(Rng rng)
    {
        var (min, max) = Demography.AdultAges.Sample(rng);
        return rng.Next(min, max + 1);
    }

    private static (string First, string? Second) Surnames(Rng rng, Origin origin) =>
        (DrawSurname(rng, origin), rng.Chance(Demography.SingleSurnameShare) ? null : DrawSurname(rng, origin));

    private static string DrawSurname(Rng rng, Origin origin)
    {
        var country = origin.Country;
        return origin.MinorityNames && country.MinoritySurnames is { } minority && rng.Chance(country.MinoritySurnameInIndigenous)
            ? minority.Sample(rng)
            : country.Surnames.Sample(rng);
    }

    private sealed record Origin(CountryProfile Country, string Admin1, string Admin2, bool Indigenous, bool MinorityNames, string[] Languages);
}
