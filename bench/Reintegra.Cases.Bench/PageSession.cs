using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Reintegra.Cases.Bench;

/// <summary>A browser-like client signed in through the sign-in page (cookie), reading pages as a browser would.</summary>
internal sealed partial class PageSession(HttpClient client)
{
    public static async Task<PageSession> SignInAsync(Uri address, string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2),
        };
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = BenchHost.Password,
            ["__RequestVerificationToken"] = Token().Match(form).Groups[1].Value,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("Login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }
        return new PageSession(client);
    }

    /// <returns>Milliseconds from sending the request to having read the whole answer.</returns>
    public async Task<double> GetAsync(string url, string marker)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var ms = clock.Elapsed.TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} without {marker}");
        }
        return ms;
    }

    /// <summary>The application loads every person into its identity index after a start; measure after it, as the reception bench does.</summary>
    public async Task<TimeSpan> WaitForIdentityIndexAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(20))
        {
            using var response = await client.GetAsync("/api/v1/identity/status");
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return clock.Elapsed;
            }
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"/api/v1/identity/status answered {(int)response.StatusCode}");
            }
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            if (json.RootElement.GetProperty("ready").GetBoolean())
            {
                return clock.Elapsed;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The identity index was not ready after 20 minutes.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
