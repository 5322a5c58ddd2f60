using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Data;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Statistics;

namespace Reintegra.Tests.Statistics;

/// <summary>
/// Cases opened by institution kind, on a database of its own: in the shared one another test's single case at an NGO
/// is a small cell, and secondary suppression then rightly hides the reception centres' row this test compares.
/// </summary>
public class CasesOpenedFiguresTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<ReadReintegrationFigures.Table> ReadAsync(HttpClient client, string query)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await app.Services.GetRequiredService<ReintegrationStatistics>().CatchUpAsync(db, CancellationToken.None);
        }
        var response = await client.GetAsync($"/api/v1/statistics/reintegration?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.ReadAsync<ReadReintegrationFigures.Table>();
    }

    [Fact]
    public async Task Cases_opened_are_counted_in_the_month_with_the_previous_year_and_by_institution_kind()
    {
        var (_, _, analyst) = await app.SignedInAsync(Roles.Analyst);
        var office = await app.OfficeAsync();
        for (var i = 0; i < 5; i++)
        {
            await office.ReturneeWithCaseAsync();
        }
        var month = new Reintegra.Web.Features.Statistics.Engine.Period(2026, Reintegra.Web.Features.Statistics.Engine.Periods.Month(11));
        // November 2026 in Guatemala (UTC-6), from the database itself.
        var truth = await app.WithDbAsync(db => db.Cases.CountAsync(x => x.OpenedAt >= new DateTime(2026, 11, 1, 6, 0, 0, DateTimeKind.Utc) && x.OpenedAt < new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc)));
        var centres = await app.WithDbAsync(db => (from x in db.Cases
                                                   join i in db.Institutions on x.InstitutionId equals i.Id
                                                   where i.Kind == InstitutionKind.ReceptionCentre && x.OpenedAt >= new DateTime(2026, 11, 1, 6, 0, 0, DateTimeKind.Utc)
                                                   select x.Id).CountAsync());

        var table = await ReadAsync(analyst, $"measure=casesOpened&period={month}&by=institutionKind");

        Assert.True(truth >= 5);
        Assert.Equal("casesOpened", table.Measure);
        Assert.Equal("cases", table.Unit);
        Assert.Equal("2025-11", table.Figures.PreviousPeriod);
        Assert.Equal(truth, table.Figures.Total.Current.Total);
        Assert.Equal(centres, table.Figures.Rows.Single(r => r.Code == "ReceptionCentre").Current.Total);
        Assert.Equal(Enum.GetValues<InstitutionKind>().Length, table.Figures.Rows.Count);
        Assert.All(table.Figures.Rows, r => Assert.False(r.Current.Total is > 0 and < 5, $"{r.Code} = {r.Current.Total}"));
    }
}
