using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Reintegra.Web.Data.Configurations;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data;

/// <summary>
/// The one model of the platform. Each database engine has its own subclass with its own generated migrations:
/// <c>eng/add-migration.sh Name</c> adds a migration to both sets.
/// </summary>
public abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<PersonDocument> PersonDocuments => Set<PersonDocument>();

    public DbSet<PersonInstitution> PersonInstitutions => Set<PersonInstitution>();

    public DbSet<Arrival> Arrivals => Set<Arrival>();

    public DbSet<ManifestEntry> ManifestEntries => Set<ManifestEntry>();

    public DbSet<ReturnEvent> Returns => Set<ReturnEvent>();

    public DbSet<SensitiveScreening> SensitiveScreenings => Set<SensitiveScreening>();

    public DbSet<ImmediateReferral> ImmediateReferrals => Set<ImmediateReferral>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<ProgrammeRevision> ProgrammeRevisions => Set<ProgrammeRevision>();

    public DbSet<Practice> Practices => Set<Practice>();

    public DbSet<PracticeRevision> PracticeRevisions => Set<PracticeRevision>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<RecommendationRevision> RecommendationRevisions => Set<RecommendationRevision>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<BudgetCommitment> BudgetCommitments => Set<BudgetCommitment>();

    public DbSet<BudgetExecution> BudgetExecutions => Set<BudgetExecution>();

    public DbSet<OutreachActivity> OutreachActivities => Set<OutreachActivity>();

    public DbSet<OutreachReach> OutreachReach => Set<OutreachReach>();

    public DbSet<InstanceSetting> InstanceSettings => Set<InstanceSetting>();

    public DbSet<ReintegrationCase> Cases => Set<ReintegrationCase>();

    public DbSet<Consent> Consents => Set<Consent>();

    public DbSet<CaseMember> CaseMembers => Set<CaseMember>();

    public DbSet<NeedsAssessment> Assessments => Set<NeedsAssessment>();

    public DbSet<ReintegrationPlan> Plans => Set<ReintegrationPlan>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    public DbSet<CaseTransfer> CaseTransfers => Set<CaseTransfer>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<DuplicatePair> DuplicatePairs => Set<DuplicatePair>();

    public DbSet<DifferentPeopleDecision> DifferentPeopleDecisions => Set<DifferentPeopleDecision>();

    public DbSet<PersonMerge> PersonMerges => Set<PersonMerge>();

    public DbSet<AvrRequest> AvrRequests => Set<AvrRequest>();

    public DbSet<AvrRequestEvent> AvrRequestEvents => Set<AvrRequestEvent>();

    public DbSet<AvrRequesterAuthorisation> AvrRequesterAuthorisations => Set<AvrRequesterAuthorisation>();

    public DbSet<PeerInstance> PeerInstances => Set<PeerInstance>();

    public DbSet<InstanceKey> InstanceKeys => Set<InstanceKey>();

    public DbSet<HandoffMessage> HandoffMessages => Set<HandoffMessage>();

    public DbSet<AnnouncedReturn> AnnouncedReturns => Set<AnnouncedReturn>();

    public DbSet<Fund> Funds => Set<Fund>();

    public DbSet<FundBudget> FundBudgets => Set<FundBudget>();

    public DbSet<FundLedgerEntry> FundLedger => Set<FundLedgerEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace == typeof(InstitutionConfiguration).Namespace);
        // Domain entities make their own ids (Guid v7). Telling EF so lets a child added to a tracked parent's
        // collection be inserted, instead of being mistaken for an existing row to update.
        foreach (var entity in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace == typeof(Person).Namespace && e.ClrType != typeof(AppUser)))
        {
            if (entity.FindPrimaryKey() is { Properties: [{ ClrType: var t } key] } && t == typeof(Guid))
            {
                key.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
            }
        }
        builder.Entity<AppUser>(u =>
        {
            u.Property(x => x.FullName).HasMaxLength(200);
            u.Property(x => x.Culture).HasMaxLength(5);
            u.HasOne(x => x.Institution).WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
            u.HasIndex(x => x.InstitutionId);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // No unbounded text: every string column has a limit, tightened per property where it matters.
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }
}

/// <summary>Instance-wide settings set on first run (the country this instance serves ...).</summary>
public sealed class InstanceSetting
{
    public const string Country = "country";

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
