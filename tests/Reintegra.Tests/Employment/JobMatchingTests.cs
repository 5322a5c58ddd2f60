using Reintegra.JobMatching;

namespace Reintegra.Tests.Employment;

/// <summary>The matching engine on its own: ISCO hierarchy, each factor, explanations, both directions agreeing, top-k equal to a full sort.</summary>
public class JobMatchingTests
{
    private static readonly DateOnly Today = new(2026, 11, 19);

    private static CandidateProfile Person(string isco, int years = 5, string[]? skills = null, LanguageSkill[]? languages = null, string[]? certs = null,
        string adm1 = "GT13", string? adm2 = "GT1301", Mobility mobility = Mobility.WithinDepartment, int availableInDays = 0, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), [new Experience(isco, years)], skills ?? [], languages ?? [new LanguageSkill("spa", LanguageLevel.Native)], certs ?? [],
            new JobPlace("GT", adm1, adm2), mobility, Today.AddDays(availableInDays));

    private static VacancyProfile Job(string isco = "7112", int minYears = 3, string[]? skills = null, LanguageSkill? language = null, bool cert = false,
        string adm1 = "GT13", string? adm2 = "GT1301") =>
        new(Guid.NewGuid(), isco, minYears, skills ?? [], language, cert, new JobPlace("GT", adm1, adm2), Today.AddDays(10));

    [Fact]
    public void Closer_ISCO_groups_rank_higher_and_unrelated_occupations_are_not_matches()
    {
        var unit = Person("7112");
        var minor = Person("7113");
        var subMajor = Person("7121");
        var major = Person("7411");
        var unrelated = Person("5120");
        var ranked = new CandidateIndex([unrelated, major, subMajor, minor, unit]).Rank(Job());
        Assert.Equal([unit.Id, minor.Id, subMajor.Id, major.Id], ranked.Select(m => m.Id));
        Assert.Equal([Reason.SameUnitGroup, Reason.SameMinorGroup, Reason.SameSubMajorGroup, Reason.SameMajorGroup],
            ranked.Select(m => m.Why.Single(w => w.Factor == Factor.Occupation).Reason));
    }

    [Fact]
    public void Every_result_explains_each_factor_and_the_points_add_up_to_the_score()
    {
        var ranked = new CandidateIndex([Person("7112", years: 2, skills: ["Albañilería"])]).Rank(Job(skills: ["albanileria", "Soldadura"]));
        var m = Assert.Single(ranked);
        Assert.Equal(Enum.GetValues<Factor>(), m.Why.Select(w => w.Factor));
        Assert.Equal(m.Score, m.Why.Sum(w => w.Points));
        Assert.Equal(100, m.Why.Sum(w => w.Max));
        var experience = m.Why.Single(w => w.Factor == Factor.Experience);
        Assert.Equal((Reason.ExperienceShort, 2, 3, 10), (experience.Reason, experience.A, experience.B, experience.Points));
        // Case and accents do not matter: "Albañilería" is "albanileria".
        var skills = m.Why.Single(w => w.Factor == Factor.Skills);
        Assert.Equal((1, 2, 7), (skills.A, skills.B, skills.Points));
    }

    [Fact]
    public void Language_certification_place_and_availability_each_move_the_score()
    {
        var english = new LanguageSkill("eng", LanguageLevel.Fluent);
        var job = Job(language: english, cert: true);
        var fluentCertified = Person("7112", languages: [new("eng", LanguageLevel.Fluent)], certs: ["7112"]);
        var intermediate = Person("7112", languages: [new("eng", LanguageLevel.Intermediate)], certs: ["7112"]);
        var noEnglish = Person("7112", certs: ["7112"]);
        var uncertified = Person("7112", languages: [new("eng", LanguageLevel.Fluent)]);
        var otherDepartment = Person("7112", languages: [new("eng", LanguageLevel.Fluent)], certs: ["7112"], adm1: "GT01", adm2: "GT0101", mobility: Mobility.None);
        var late = Person("7112", languages: [new("eng", LanguageLevel.Fluent)], certs: ["7112"], availableInDays: 60);
        var all = new CandidateIndex([fluentCertified, intermediate, noEnglish, uncertified, otherDepartment, late]).Rank(job);
        int Score(CandidateProfile p) => all.Single(m => m.Id == p.Id).Score;
        Assert.Equal(100, Score(fluentCertified));
        Assert.Equal(95, Score(intermediate));
        Assert.Equal(90, Score(noEnglish));
        Assert.Equal(95, Score(uncertified));
        Assert.Equal(91, Score(otherDepartment));
        Assert.Equal(95, Score(late));
        Assert.Equal(fluentCertified.Id, all[0].Id);
        Assert.Equal(Reason.SameCountry, all.Single(m => m.Id == otherDepartment.Id).Why.Single(w => w.Factor == Factor.Place).Reason);
        Assert.Equal(50, all.Single(m => m.Id == late.Id).Why.Single(w => w.Factor == Factor.Availability).A);
    }

    [Fact]
    public void Nearer_places_rank_higher_and_willingness_to_move_counts()
    {
        var sameMunicipality = Person("7112", adm2: "GT1301");
        var sameDepartment = Person("7112", adm2: "GT1302");
        var willingToMove = Person("7112", adm1: "GT01", adm2: "GT0101", mobility: Mobility.WithinCountry);
        var stays = Person("7112", adm1: "GT01", adm2: "GT0101", mobility: Mobility.None);
        var ranked = new CandidateIndex([stays, willingToMove, sameDepartment, sameMunicipality]).Rank(Job());
        Assert.Equal([sameMunicipality.Id, sameDepartment.Id, willingToMove.Id, stays.Id], ranked.Select(m => m.Id));
    }

    [Fact]
    public void Both_directions_give_the_same_score_for_the_same_pair()
    {
        var person = Person("7112", years: 4, skills: ["Soldadura", "Albañilería"], languages: [new("eng", LanguageLevel.Basic)], certs: ["7112"]);
        var jobs = new[] { Job(), Job("7113", skills: ["soldadura"]), Job("7411", language: new("eng", LanguageLevel.Fluent), cert: true), Job("5120") };
        var forPerson = new VacancyIndex(jobs).Rank(person);
        Assert.Equal(3, forPerson.Count);
        foreach (var m in forPerson)
        {
            var job = jobs.Single(j => j.Id == m.Id);
            var other = Assert.Single(new CandidateIndex([person]).Rank(job));
            Assert.Equal(other.Score, m.Score);
            Assert.Equal(other.Why, m.Why);
        }
    }

    [Fact]
    public void Top_k_returns_the_same_best_results_as_sorting_everything()
    {
        var random = new Random(7);
        string[] codes = ["7112", "7113", "7115", "7121", "7126", "7411", "7212", "9313", "8332", "5120"];
        string[] skills = ["soldadura", "planos", "electricidad", "pintura", "inglés", "cocina"];
        var people = Enumerable.Range(0, 3000).Select(_ => Person(codes[random.Next(codes.Length)], random.Next(0, 12),
            skills.Where(_ => random.Next(3) == 0).ToArray(), adm2: $"GT13{random.Next(1, 10):00}", availableInDays: random.Next(-10, 60))).ToList();
        var job = Job(skills: ["Soldadura", "planos"]);
        var index = new CandidateIndex(people);
        var all = index.Rank(job, people.Count);
        var top = index.Rank(job, 25);
        Assert.Equal(all.Take(25).Select(m => (m.Id, m.Score)), top.Select(m => (m.Id, m.Score)));
        Assert.True(all.Zip(all.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }
}
