using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Programmes;

namespace Reintegra.Tests.Programmes;

/// <summary>Information and outreach activities: people reached by sex and age group, place by P-code, programme outcomes.</summary>
public class OutreachTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A day of a mobile unit in San Pedro Sula: 40 girls and 35 boys of 12-17, 18 women, 12 men, 30 not counted by sex.</summary>
    public static Dictionary<string, object?> Activity(Guid? programmeId) => new()
    {
        ["programmeId"] = programmeId,
        ["kind"] = "MobileUnit",
        ["title"] = "Unidad móvil en el Instituto Central",
        ["date"] = "2026-11-10",
        ["adm1"] = "HN05",
        ["adm2"] = "HN0501",
        ["venue"] = "Instituto Central",
        ["audience"] = "Estudiantes de secundaria y sus familias",
        ["materials"] = "Juego de mesa sobre los riesgos de la ruta; folletos",
        ["reached"] = new object[]
        {
            new { sex = "Female", ageGroup = "Age12To17", count = 40 },
            new { sex = "Male", ageGroup = "Age12To17", count = 35 },
            new { sex = "Female", ageGroup = "Age30To59", count = 18 },
            new { sex = "Male", ageGroup = "Age30To59", count = 12 },
        },
        ["notDisaggregated"] = 30,
    };

    [Fact]
    public async Task An_activity_counts_people_reached_by_sex_and_age_and_feeds_its_programmes_outcomes()
    {
        var focal = await app.FocalPointAsync("HN");
        var secretariat = await app.SecretariatAsync();
        var programmeId = await focal.PublishedProgrammeAsync(secretariat, CatalogueDriver.Programme("Reintegración sobre ruedas").With("country", "HN").With("coverage", new[] { "HN05" }));

        var created = await (await focal.Client.PostJsonAsync("/api/v1/outreach", Activity(programmeId))).ReadAsync<ManageOutreach.ActivityView>();
        Assert.Equal(135, created.Total);
        Assert.Equal("Reintegración sobre ruedas", created.ProgrammeTitle);
        var second = Activity(programmeId).With("date", "2026-11-12").With("reached", new[] { new { sex = "Female", ageGroup = "Age12To17", count = 10 } }).With("notDisaggregated", 0);
        await (await focal.Client.PostJsonAsync("/api/v1/outreach", second)).ReadAsync<ManageOutreach.ActivityView>();

        var page = await (await app.Anonymous().GetAsync($"/api/v1/public/programmes/{programmeId}")).ReadAsync<PublicCatalogue.ProgrammePage>();
        Assert.Equal(2, page.Outcomes.Activities);
        Assert.Equal(145, page.Outcomes.Reached);
        Assert.Equal(50, page.Outcomes.Count(Sex.Female, AgeGroup.Age12To17));
        Assert.Equal(68, page.Outcomes.Count(Sex.Female));
        Assert.Equal(30, page.Outcomes.NotDisaggregated);

        var report = await (await app.Anonymous().GetAsync("/api/v1/public/countries/HN")).ReadAsync<PublicCatalogue.CountryReport>();
        var place = Assert.Single(report.Reach, r => r.Adm1 == "HN05");
        Assert.Equal((2, 68, 47, 30), (place.Activities, place.Female, place.Male, place.NotDisaggregated));
    }

    [Fact]
    public async Task Editing_the_counts_replaces_them_and_a_stale_edit_is_refused()
    {
        var focal = await app.FocalPointAsync("HN");
        var created = await (await focal.Client.PostJsonAsync("/api/v1/outreach", Activity(null))).ReadAsync<ManageOutreach.ActivityView>();
        var edited = await (await focal.Client.PutJsonAsync($"/api/v1/outreach/{created.Id}", Activity(null)
            .With("reached", new[] { new { sex = "Female", ageGroup = "Age60Plus", count = 7 }, new { sex = "Female", ageGroup = "Age60Plus", count = 3 } })
            .With("notDisaggregated", 0).With("version", created.Version))).ReadAsync<ManageOutreach.ActivityView>();
        Assert.Equal(10, Assert.Single(edited.Reached).Count);
        Assert.Equal(10, edited.Total);

        var stale = await focal.Client.PutJsonAsync($"/api/v1/outreach/{created.Id}", Activity(null).With("version", created.Version));
        await stale.ProblemAsync(409);
        Assert.Equal(10, (await (await focal.Client.GetAsync($"/api/v1/outreach/{created.Id}")).ReadAsync<ManageOutreach.ActivityView>()).Total);
    }

    public static TheoryData<string, object?, string> BadActivities => new()
    {
        { "adm1", "XX99", "adm1" },
        { "adm2", "GT0101", "adm2" },
        { "kind", null, "kind" },
        { "date", "2030-01-01", "date" },
        { "title", "Llamar a +502 2411 1111", "title" },
        { "notDisaggregated", -1, "notDisaggregated" },
        { "reached", new object[] { new { sex = "Female", ageGroup = "Age12To17", count = -5 } }, "reached[0].count" },
        { "reached", new object?[] { new { sex = "Female", count = 5 } }, "reached[0].ageGroup" },
    };

    [Theory]
    [MemberData(nameof(BadActivities))]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_recorded(string field, object? value, string errorKey)
    {
        var focal = await app.FocalPointAsync("HN");
        var response = await focal.Client.PostJsonAsync("/api/v1/outreach", Activity(null).With(field, value));
        Assert.NotEmpty((await response.ProblemAsync(400)).FieldErrors(errorKey));
        Assert.Empty((await (await focal.Client.GetAsync("/api/v1/outreach")).ReadAsync<ManageOutreach.ActivityPage>()).Items);
    }

    [Fact]
    public async Task An_activity_must_have_reached_someone()
    {
        var focal = await app.FocalPointAsync("HN");
        var response = await focal.Client.PostJsonAsync("/api/v1/outreach", Activity(null).With("reached", Array.Empty<object>()).With("notDisaggregated", 0));
        Assert.Contains("personas", Assert.Single((await response.ProblemAsync(400)).FieldErrors("reached")));
    }

    [Fact]
    public async Task A_case_worker_records_activities_of_their_own_institution()
    {
        var (_, _, client) = await app.SignedInAsync(Roles.CaseWorker);
        var created = await client.PostJsonAsync("/api/v1/outreach", Activity(null));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
    }
}
