using System.Net;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.People;
using Reintegra.Web.Features.Reception;

namespace Reintegra.Tests.Reception;

/// <summary>A user of one institution cannot read or change another institution's reception records; an analyst sees no person.</summary>
public class InstitutionScopeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Records(ManageArrivals.ArrivalSummary Arrival, RegisterReturn.Result Return, HttpClient Owner);

    private async Task<Records> SeedAsync()
    {
        var (_, _, owner) = await app.SignedInAsync(Roles.ReceptionOfficer, Roles.ProtectionOfficer);
        var arrival = await owner.CreateArrivalAsync();
        await owner.UploadManifestAsync(arrival.Id, "nombres,primer_apellido,sexo,fecha_nacimiento,nacionalidad\nEdwin,Sacor,M,1994-05-05,GT\n");
        var ret = await owner.RegisterAsync(ReceptionDriver.Adult("Edwin", "Sacor", "Yat", "1994-05-05").With("arrivalId", arrival.Id).With("sensitiveFlags", new[] { "Lgbti" }));
        return new Records(arrival, ret, owner);
    }

    public static TheoryData<string, string> ForeignEndpoints => new()
    {
        { "GET", "/api/v1/arrivals/{arrival}" },
        { "PUT", "/api/v1/arrivals/{arrival}" },
        { "POST", "/api/v1/arrivals/{arrival}/close" },
        { "GET", "/api/v1/arrivals/{arrival}/queue" },
        { "POST", "/api/v1/arrivals/{arrival}/manifest" },
        { "GET", "/api/v1/returns/{return}?includeSensitive=true" },
        { "PUT", "/api/v1/returns/{return}/screening" },
        { "PUT", "/api/v1/returns/{return}/sensitive" },
        { "POST", "/api/v1/returns/{return}/referrals" },
        { "POST", "/api/v1/returns/{return}/complete" },
        { "GET", "/api/v1/persons/{person}" },
        { "PUT", "/api/v1/persons/{person}" },
    };

    [Theory]
    [MemberData(nameof(ForeignEndpoints))]
    public async Task Another_institutions_records_are_not_found_through_any_endpoint(string method, string template)
    {
        var records = await SeedAsync();
        var (_, _, stranger) = await app.SignedInAsync(Roles.ReceptionOfficer, Roles.ProtectionOfficer, Roles.CaseWorker);
        var url = template.Replace("{arrival}", records.Arrival.Id.ToString()).Replace("{return}", records.Return.ReturnId.ToString()).Replace("{person}", records.Return.PersonId.ToString());
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (url.EndsWith("/manifest", StringComparison.Ordinal))
        {
            request.Content = new MultipartFormDataContent { { new ByteArrayContent("nombres,primer_apellido,sexo,nacionalidad,fecha_nacimiento\nX,Y,M,GT,1990\n"u8.ToArray()), "file", "m.csv" } };
        }
        else if (method != "GET")
        {
            request.Content = JsonContent(new
            {
                mode = "Air",
                scheduledAt = AppFactory.Start,
                pointOfEntry = "x",
                returnedFrom = "US",
                version = 0,
                kind = "Health",
                toName = "x",
                givenNames = "X",
                firstSurname = "Y",
                sex = "Male",
                birthDate = "1990-01-01",
                nationality = "GT",
                flags = new[] { "Lgbti" },
            });
        }
        var response = await stranger.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        // And nothing changed for the owner.
        var still = await records.Owner.GetReturnAsync(records.Return.ReturnId, sensitive: true);
        Assert.Equal(ReceptionStatus.Open, still.Status);
        Assert.Empty(still.Referrals);
        Assert.Equal([SensitiveFlag.Lgbti], still.Sensitive!.Flags);
    }

    [Fact]
    public async Task Lists_searches_and_references_never_reach_another_institutions_records()
    {
        var records = await SeedAsync();
        var (_, _, stranger) = await app.SignedInAsync(Roles.ReceptionOfficer);
        var arrivals = await (await stranger.GetAsync("/api/v1/arrivals")).ReadAsync<ManageArrivals.ArrivalPage>();
        Assert.Empty(arrivals.Items);
        var search = await (await stranger.GetAsync("/api/v1/persons?q=sacor")).ReadAsync<SearchPeople.Result>();
        Assert.Empty(search.Items);
        var byArrival = await (await stranger.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult().With("arrivalId", records.Arrival.Id))).ProblemAsync(400);
        Assert.NotEmpty(byArrival.FieldErrors("arrivalId"));
        var byFamily = await (await stranger.PostJsonAsync("/api/v1/returns", ReceptionDriver.Adult().With("familyWithReturnId", records.Return.ReturnId))).ProblemAsync(400);
        Assert.NotEmpty(byFamily.FieldErrors("familyWithReturnId"));
    }

    public static TheoryData<string> PersonEndpoints => new()
    {
        "/api/v1/persons?q=sacor",
        "/api/v1/persons/{person}",
        "/api/v1/returns/{return}",
        "/api/v1/arrivals",
        "/api/v1/arrivals/{arrival}/queue",
        "/api/v1/reception/candidates?firstSurname=Sacor",
    };

    [Theory]
    [MemberData(nameof(PersonEndpoints))]
    public async Task An_analyst_sees_no_person_at_all_even_in_their_own_institution(string template)
    {
        var records = await SeedAsync();
        var owner = await app.WithDbAsync(async db => await db.Returns.FindAsync(records.Return.ReturnId));
        var analyst = await app.ClientForAsync(await app.CreateUserAsync(owner!.InstitutionId, Roles.Analyst));
        var url = template.Replace("{arrival}", records.Arrival.Id.ToString()).Replace("{return}", records.Return.ReturnId.ToString()).Replace("{person}", records.Return.PersonId.ToString());
        await (await analyst.GetAsync(url)).ProblemAsync(403);
    }

    private static StringContent JsonContent(object body) =>
        new(System.Text.Json.JsonSerializer.Serialize(body, Json.Options), System.Text.Encoding.UTF8, "application/json");
}
