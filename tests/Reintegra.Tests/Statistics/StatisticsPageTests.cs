using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Tests.Statistics;

/// <summary>The dashboard and the bulletin as an analyst's browser gets them: figures, map, exports; bad filters; who may open them.</summary>
public class StatisticsPageTests(StatisticsAppFactory app) : IClassFixture<StatisticsAppFactory>
{
    /// <summary>Registers adults in March 2026 and waits until a dashboard shows them (figures refresh every second here).</summary>
    private async Task<HttpClient> AnalystWithFiguresAsync(string period)
    {
        var (_, _, officer) = await app.SignedInAsync(Roles.ReceptionOfficer);
        for (var i = 0; i < 6; i++)
        {
            var name = "Tablero " + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 26))).ToArray());
            await officer.RegisterAsync(ReceptionDriver.Adult(name, "Pérez", null, $"199{i}-04-0{1 + i}").With("arrivedAt", "2026-03-10T08:00:00").With("documents", Array.Empty<object>()));
        }
        // Tests of this class share a database: an earlier test's figures already make the headline non-zero, so
        // bring the figures up to date with these registrations before reading any page (the refresher may lag).
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReturnStatistics>().CatchUpAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        }
        var user = await app.CreateUserAsync((await app.CreateInstitutionAsync()).Id, Roles.Analyst);
        var pages = await app.SignInToPagesAsync(user);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            var html = await pages.GetStringAsync($"/Statistics?period={period}");
            if (html.Contains("data-testid=\"headline-total\"", StringComparison.Ordinal) && !html.Contains("data-testid=\"headline-total\">—", StringComparison.Ordinal)
                && !html.Contains("data-testid=\"headline-total\">0<", StringComparison.Ordinal))
            {
                return pages;
            }
            await Task.Delay(300);
        }
        Assert.Fail("the dashboard did not show the registrations within a minute");
        return pages;
    }

    [Fact]
    public async Task An_analyst_sees_figures_charts_the_origin_map_and_exports_for_one_filter()
    {
        var pages = await AnalystWithFiguresAsync("2026-03");

        var response = await pages.GetAsync("/Statistics?period=2026-Q1&sex=Male&filter=ageGroup%3Aadults&by=origin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"chart-months\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-breakdown\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"tile-map\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-origin\"", html, StringComparison.Ordinal);
        // Departments by P-code in the table and on the map, with the same period of the previous year.
        Assert.Contains("<code>GT13</code>", html, StringComparison.Ordinal);
        Assert.Contains("data-pcode=\"GT13\"", html, StringComparison.Ordinal);
        Assert.Contains("2025-Q1", html, StringComparison.Ordinal);
        Assert.Contains("/api/v1/statistics/returns/export?period=2026-Q1&sex=Male&ageGroup=adults&by=origin&format=csv&hxl=true", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Matches("<option[^>]*value=\"ageGroup:adults\"[^>]*selected", html);
        Assert.Contains("/lib/chart.js/chart.umd.min", html, StringComparison.Ordinal);
        // No link to any person's page anywhere.
        Assert.DoesNotContain("/People/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tablero", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Statistics?period=2026-13", "Indique un año")]
    [InlineData("/Statistics?period=2026&filter=mode%3ABoat", "Opción desconocida.")]
    [InlineData("/Statistics?period=2026&by=names", "Opción desconocida.")]
    [InlineData("/Statistics?period=2026&filter=nonsense", "")]
    [InlineData("/Statistics/Bulletin?month=2026", "Indique un mes como 2026-10.")]
    [InlineData("/Statistics/Bulletin?month=%00", "Indique un mes como 2026-10.")]
    public async Task Bad_filters_show_a_clear_message_and_never_fail(string url, string message)
    {
        var pages = await AnalystWithFiguresAsync("2026-03");

        var response = await pages.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bulletin_shows_a_month_with_the_same_month_a_year_before_ready_to_print()
    {
        var pages = await AnalystWithFiguresAsync("2026-03");
        var (_, _, api) = await app.SignedInAsync(Roles.Analyst);
        var figures = await (await api.GetAsync("/api/v1/statistics/returns?period=2026-03&by=sex")).ReadAsync<Reintegra.Web.Features.Statistics.ReadReturnFigures.Table>();

        var html = WebUtility.HtmlDecode(await pages.GetStringAsync("/Statistics/Bulletin?month=2026-03"));

        Assert.Contains("data-testid=\"bulletin\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"bulletin-total\">{figures.Total.Current.Total:N0}<", html, StringComparison.Ordinal);
        Assert.Contains("Boletín estadístico de retornos", html, StringComparison.Ordinal);
        Assert.Contains("2025-03", html, StringComparison.Ordinal);
        Assert.Contains("data-print", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-origin\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"figures-vulnerability\"", html, StringComparison.Ordinal);
        // Last month by default.
        Assert.Matches("<option[^>]*value=\"2026-10\"[^>]*selected", await pages.GetStringAsync("/Statistics/Bulletin"));
    }

    [Theory]
    [InlineData(Roles.ReceptionOfficer)]
    [InlineData(Roles.CaseWorker)]
    [InlineData(Roles.Auditor)]
    public async Task Roles_without_statistics_are_denied_the_pages(string role)
    {
        await app.EnsureAdministratorAsync();
        var user = await app.CreateUserAsync((await app.CreateInstitutionAsync()).Id, role);
        var pages = await app.SignInToPagesAsync(user);
        foreach (var url in new[] { "/Statistics", "/Statistics/Bulletin" })
        {
            var response = await pages.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("AccessDenied", StringComparison.Ordinal), $"{role} {url}: {(int)response.StatusCode}");
        }
        Assert.DoesNotContain("href=\"/Statistics\"", await pages.GetStringAsync("/"), StringComparison.Ordinal);
    }
}
