using Reintegra.Web.Data;
using Reintegra.Web.Features.Account;
using Reintegra.Web.Features.Admin;
using Reintegra.Web.Features.AssistedReturn;
using Reintegra.Web.Features.Cases;
using Reintegra.Web.Features.Employment;
using Reintegra.Web.Features.FollowUp;
using Reintegra.Web.Features.Identity;
using Reintegra.Web.Features.Lookups;
using Reintegra.Web.Features.People;
using Reintegra.Web.Features.Programmes;
using Reintegra.Web.Features.Reception;
using Reintegra.Web.Features.Referrals;
using Reintegra.Web.Features.Statistics;
using Reintegra.Web.Web;

var builder = WebApplication.CreateBuilder(CommandLine.Normalize(args));

builder.AddAppDatabase();
builder.AddAppIdentity();
builder.AddAppWeb();
builder.Services.AddAccountFeatures();
builder.Services.AddAdminFeatures();
builder.Services.AddReceptionFeatures();
builder.Services.AddAssistedReturnFeatures();
builder.Services.AddPeopleFeatures();
builder.Services.AddProgrammesFeatures();
builder.Services.AddStatisticsFeatures();
builder.Services.AddCasesFeatures();
builder.Services.AddEmploymentFeatures();
builder.Services.AddFollowUpFeatures();
builder.Services.AddReferralsFeatures();
builder.Services.AddIdentityFeatures();

var app = builder.Build();

if (CommandLine.IsMigrateOnly(args))
{
    await DatabaseSetup.MigrateAsync(app.Services, app.Configuration, force: true);
    return;
}

await Startup.PrepareAsync(app);

app.UseAppPipeline();
app.MapAuthApi();
app.MapReferenceApi();
app.MapAdminApi();
app.MapReceptionApi();
app.MapAssistedReturnApi();
app.MapPeopleApi();
app.MapProgrammesApi();
app.MapCasesApi();
app.MapEmploymentApi();
app.MapFollowUpApi();
app.MapReferralsApi();
app.MapIdentityApi();
app.MapAuditApi();
app.MapStatisticsApi();

app.Run();

/// <summary>Entry point type, visible to the test host.</summary>
public partial class Program;
