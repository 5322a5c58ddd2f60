using System.Net.Http.Headers;
using System.Text;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Reception;

namespace Reintegra.Tests.Infrastructure;

/// <summary>The calls a reception centre makes through the API, with realistic defaults.</summary>
public static class ReceptionDriver
{
    public static async Task<ManageArrivals.ArrivalSummary> CreateArrivalAsync(this HttpClient client, ReturnMode mode = ReturnMode.Air, string from = "US", int expected = 130)
    {
        var response = await client.PostJsonAsync("/api/v1/arrivals", new
        {
            mode,
            scheduledAt = AppFactory.Start.AddHours(-2).UtcDateTime,
            pointOfEntry = mode == ReturnMode.Air ? "Centro de Recepción de Retornados, Fuerza Aérea" : "Tecún Umán",
            returnedFrom = from,
            carrierReference = "ICE-4521",
            expectedCount = expected,
        });
        return await response.ReadAsync<ManageArrivals.ArrivalSummary>();
    }

    public static Task<HttpResponseMessage> UploadManifestAsync(this HttpClient client, Guid arrivalId, string csv, string fileName = "manifiesto.csv") =>
        client.UploadManifestAsync(arrivalId, Encoding.UTF8.GetBytes(csv), fileName);

    public static async Task<HttpResponseMessage> UploadManifestAsync(this HttpClient client, Guid arrivalId, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync($"/api/v1/arrivals/{arrivalId}/manifest", form);
    }

    /// <summary>A valid registration of an adult man from Huehuetenango; pass an anonymous object's values to override by merging.</summary>
    public static Dictionary<string, object?> Adult(string given = "José Luis", string first = "García", string? second = "López", string birth = "1994-03-12") => new()
    {
        ["givenNames"] = given,
        ["firstSurname"] = first,
        ["secondSurname"] = second,
        ["sex"] = "Male",
        ["birthDate"] = birth,
        ["nationality"] = "GT",
        ["originAdm1"] = "GT13",
        ["originAdm2"] = "GT1301",
        ["category"] = "Forced",
        ["mode"] = "Air",
        ["returnedFrom"] = "US",
        ["languages"] = new[] { "spa" },
        ["documents"] = new[] { new { type = "NationalId", number = "2548 12345 1301" } },
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> body, string key, object? value)
    {
        body[key] = value;
        return body;
    }

    public static async Task<RegisterReturn.Result> RegisterAsync(this HttpClient client, Dictionary<string, object?> body)
    {
        var response = await client.PostJsonAsync("/api/v1/returns", body);
        return await response.ReadAsync<RegisterReturn.Result>();
    }

    public static async Task<ReturnView.Details> GetReturnAsync(this HttpClient client, Guid id, bool sensitive = false) =>
        await (await client.GetAsync($"/api/v1/returns/{id}?includeSensitive={sensitive}")).ReadAsync<ReturnView.Details>();
}
