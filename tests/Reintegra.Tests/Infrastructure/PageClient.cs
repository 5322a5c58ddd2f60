using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Account;

namespace Reintegra.Tests.Infrastructure;

/// <summary>A browser-like client for page tests: cookies, the sign-in form and antiforgery tokens.</summary>
public static partial class PageClient
{
    public static async Task EnsureAdministratorAsync(this AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var firstRun = scope.ServiceProvider.GetRequiredService<FirstRun>();
        if (!await firstRun.AdministratorExistsAsync())
        {
            await firstRun.CreateAdministratorAsync(new("Ministerio", "GT", "Administración", $"admin-{Guid.NewGuid():N}@example.org", AppFactory.Password));
        }
    }

    public static async Task<HttpClient> SignInToPagesAsync(this AppFactory app, AppUser user)
    {
        await app.EnsureAdministratorAsync();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/Account/Login");
        var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = AppFactory.Password,
            ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a page form the way a browser does: the antiforgery token comes from the page itself.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string postUrl, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = Token(page);
        return await client.PostAsync(postUrl, new FormUrlEncodedContent(fields));
    }

    public static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
