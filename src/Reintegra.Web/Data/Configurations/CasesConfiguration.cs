using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class ReintegrationCaseConfiguration : IEntityTypeConfiguration<ReintegrationCase>
{
    public void Configure(EntityTypeBuilder<ReintegrationCase> b)
    {
        b.ToTable("Cases");
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.ClosureNote).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.CurrentConsent);
        b.Ignore(x => x.IsClosed);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.CaseWorkerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReturnEvent>().WithMany().HasForeignKey(x => x.ReturnEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Consents).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Consents).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        // One case at a time per person and institution; closed cases do not count.
        b.HasIndex(x => new { x.PersonId, x.InstitutionId }).IsUnique().HasFilter("\"Status\" <> 6");
        b.HasIndex(x => new { x.InstitutionId, x.Status, x.OpenedAt });
        b.HasIndex(x => new { x.CaseWorkerId, x.Status });
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> b)
    {
        b.Property(x => x.ProxyName).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.Property(x => x.WithdrawalReason).HasMaxLength(1000);
        b.Ignore(x => x.IsCurrent);
        b.Ignore(x => x.SharingWith);
        b.HasOne<ReturnEvent>().WithMany().HasForeignKey(x => x.ReturnEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CaseId, x.RecordedAt });
        b.HasIndex(x => x.ReturnEventId);
    }
}

internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMember>
{
    public void Configure(EntityTypeBuilder<CaseMember> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.MemberPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MemberPersonId);
    }
}

internal sealed class NeedsAssessmentConfiguration : IEntityTypeConfiguration<NeedsAssessment>
{
    public void Configure(EntityTypeBuilder<NeedsAssessment> b)
    {
        b.ToTable("Assessments");
        b.Property(x => x.EconomicSummary).HasMaxLength(2000);
        b.Property(x => x.SocialSummary).HasMaxLength(2000);
        b.Property(x => x.PsychosocialSummary).HasMaxLength(2000);
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Ratings).WithOne().HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Occupations).WithOne().HasForeignKey(o => o.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Occupations).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.CaseId, x.RecordedAt });
    }
}

internal sealed class AssessmentRatingConfiguration : IEntityTypeConfiguration<AssessmentRating>
{
    public void Configure(EntityTypeBuilder<AssessmentRating> b)
    {
        b.HasKey(x => new { x.AssessmentId, x.Item });
    }
}

internal sealed class AssessmentOccupationConfiguration : IEntityTypeConfiguration<AssessmentOccupation>
{
    public void Configure(EntityTypeBuilder<AssessmentOccupation> b)
    {
        b.Property(x => x.IscoCode).HasMaxLength(4);
        b.Property(x => x.Notes).HasMaxLength(500);
        b.HasIndex(x => x.IscoCode);
    }
}

internal sealed class ReintegrationPlanConfiguration : IEntityTypeConfiguration<ReintegrationPlan>
{
    public void Configure(EntityTypeBuilder<ReintegrationPlan> b)
    {
        b.ToTable("Plans");
        b.HasKey(x => x.CaseId);
        b.Property(x => x.Goal).HasMaxLength(2000);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.ApprovedAmount).HasPrecision(14, 2);
        b.Property(x => x.ReturnedReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.CommittedAmount);
        b.Ignore(x => x.AllActionsFinished);
        b.Ignore(x => x.AnyActionDone);
        b.HasOne<ReintegrationCase>().WithOne().HasForeignKey<ReintegrationPlan>(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Actions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.Status);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> b)
    {
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Amount).HasPrecision(14, 2);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Outcome).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.CaseId, x.Status });
        b.HasIndex(x => x.ReferralId);
    }
}

internal sealed class CaseTransferConfiguration : IEntityTypeConfiguration<CaseTransfer>
{
    public void Configure(EntityTypeBuilder<CaseTransfer> b)
    {
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.DeclineReason).HasMaxLength(1000);
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.FromInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ToInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ToInstitutionId, x.Status });
        b.HasIndex(x => new { x.CaseId, x.Status });
    }
}
