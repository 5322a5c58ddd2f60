using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reintegra.Tests.Infrastructure;
using Reintegra.Web.Domain;
using Reintegra.Web.Features.Demo;

namespace Reintegra.Tests.Foundation;

/// <summary>The demo the README's first command offers, with its password set as an evaluator would.</summary>
public sealed class DemoAppFactory : AppFactory
{
    public const string DemoPassword = "Demo-Password-2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?> { ["Demo:Password"] = DemoPassword }));
    }
}

/// <summary>
/// The optional demo data set loads on a fresh database and holds real work at every stage: arrivals, a service
/// directory, cases from just opened to closed, referrals answered by a provider — all made through the handlers,
/// so its users can sign in and see it, and the audit trail says who did what.
/// </summary>
public class DemoDataTests(DemoAppFactory app) : IClassFixture<DemoAppFactory>
{
    [Fact]
    public async Task The_demo_loads_cases_at_every_stage_that_its_users_can_open()
    {
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
            // Loading twice changes nothing.
            await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync(CancellationToken.None);
        }

        var (people, services, statuses, closed, referrals, byCaseWorker) = await app.WithDbAsync(async db =>
        {
            var worker = await db.Users.SingleAsync(u => u.Email == "gestion@demo.reintegra.org");
            return (
                await db.People.CountAsync(),
                await db.Services.CountAsync(),
                (await db.Cases.Select(c => c.Status).ToListAsync()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()),
                await db.Cases.CountAsync(c => c.ClosureReason == CaseClosureReason.PlanCompleted),
                (await db.Referrals.Select(r => r.Status).ToListAsync()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count()),
                await db.AuditEntries.CountAsync(a => a.UserId == worker.Id));
        });
        Assert.True(people > 30, $"{people} people");
        Assert.Equal(5, services);
        foreach (var stage in new[] { CaseStatus.Open, CaseStatus.Assessment, CaseStatus.Plan, CaseStatus.Implementation, CaseStatus.FollowUp, CaseStatus.Closed })
        {
            Assert.True(statuses.GetValueOrDefault(stage) > 0, $"no demo case in {stage}: {string.Join(", ", statuses)}");
        }
        Assert.Equal(1, closed);
        Assert.True(referrals.GetValueOrDefault(ReferralStatus.Sent) > 0, string.Join(", ", referrals));
        Assert.True(referrals.GetValueOrDefault(ReferralStatus.InProgress) > 0, string.Join(", ", referrals));
        Assert.True(referrals.GetValueOrDefault(ReferralStatus.Completed) >= 3, string.Join(", ", referrals));
        Assert.True(byCaseWorker > 20, $"{byCaseWorker} audit entries by the demo case worker");

        // The demo case worker signs in with the demo password and finds the cases on their dashboard.
        var client = app.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "gestion@demo.reintegra.org", password = DemoAppFactory.DemoPassword }))
            .Content.ReadFromJsonAsync<JsonObject>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (string)token!["accessToken"]!);
        var list = await client.GetAsync("/api/v1/cases?mine=true");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("\"status\"", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var dashboard = await (await client.GetAsync("/api/v1/cases/dashboard")).Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotEmpty(dashboard!["tasks"]!.AsArray());
    }
}
