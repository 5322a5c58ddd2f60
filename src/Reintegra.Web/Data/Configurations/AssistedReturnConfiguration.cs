using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class AvrRequestConfiguration : IEntityTypeConfiguration<AvrRequest>
{
    public void Configure(EntityTypeBuilder<AvrRequest> b)
    {
        b.ToTable("AvrRequests");
        b.Property(x => x.Reference).HasMaxLength(24);
        b.Property(x => x.GivenNames).HasMaxLength(100);
        b.Property(x => x.FirstSurname).HasMaxLength(100);
        b.Property(x => x.SecondSurname).HasMaxLength(100);
        b.Property(x => x.NationalityCode).HasMaxLength(2);
        b.Property(x => x.DocumentNumber).HasMaxLength(40);
        b.Property(x => x.DocumentCountry).HasMaxLength(2);
        b.Property(x => x.Phone).HasMaxLength(25);
        b.Property(x => x.Languages).HasMaxLength(100);
        b.Property(x => x.CurrentCountryCode).HasMaxLength(2);
        b.Property(x => x.CurrentPlace).HasMaxLength(200);
        b.Property(x => x.ReturnCountryCode).HasMaxLength(2);
        b.Property(x => x.OriginAdm1).HasMaxLength(10);
        b.Property(x => x.OriginAdm2).HasMaxLength(10);
        b.Property(x => x.DestinationAdm1).HasMaxLength(10);
        b.Property(x => x.DestinationAdm2).HasMaxLength(10);
        b.Property(x => x.HealthNotes).HasMaxLength(2000);
        b.Property(x => x.EscortNeeds).HasMaxLength(500);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.ConsentProxyName).HasMaxLength(200);
        b.Property(x => x.ConsentProxyRelationship).HasMaxLength(100);
        b.Property(x => x.EligibilityJson).HasMaxLength(4000);
        b.Property(x => x.RejectionReason).HasMaxLength(1000);
        b.Property(x => x.Itinerary).HasMaxLength(500);
        b.Property(x => x.PointOfEntry).HasMaxLength(150);
        b.Property(x => x.EscortName).HasMaxLength(200);
        b.Property(x => x.ReceivedBy).HasMaxLength(200);
        b.Property(x => x.CancelReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.DisplayName);
        b.Ignore(x => x.HasConsent);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.RequestingInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ProcessingInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Fund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Family).WithOne().HasForeignKey(f => f.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Family).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.History).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.Reference).IsUnique();
        b.HasIndex(x => new { x.RequestingInstitutionId, x.Status, x.UpdatedAt });
        b.HasIndex(x => new { x.ProcessingInstitutionId, x.Status, x.UpdatedAt });
        b.HasIndex(x => new { x.FundId, x.BudgetYear });
    }
}

internal sealed class AvrFamilyMemberConfiguration : IEntityTypeConfiguration<AvrFamilyMember>
{
    public void Configure(EntityTypeBuilder<AvrFamilyMember> b)
    {
        b.Property(x => x.GivenNames).HasMaxLength(100);
        b.Property(x => x.FirstSurname).HasMaxLength(100);
        b.Property(x => x.SecondSurname).HasMaxLength(100);
        b.Ignore(x => x.DisplayName);
        b.HasIndex(x => new { x.RequestId, x.Ordinal });
    }
}

internal sealed class AvrRequestEventConfiguration : IEntityTypeConfiguration<AvrRequestEvent>
{
    public void Configure(EntityTypeBuilder<AvrRequestEvent> b)
    {
        b.Property(x => x.ActorName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasIndex(x => new { x.RequestId, x.At });
    }
}

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> b)
    {
        b.Property(x => x.Name).HasMaxLength(150);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Rules);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ManagedByInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ManagedByInstitutionId, x.Name }).IsUnique();
    }
}

internal sealed class FundBudgetConfiguration : IEntityTypeConfiguration<FundBudget>
{
    public void Configure(EntityTypeBuilder<FundBudget> b)
    {
        b.HasKey(x => new { x.FundId, x.Year });
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.RemainingCents);
        b.HasOne<Fund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_FundBudgets_NotOverspent", "\"CommittedCents\" >= 0 AND \"SpentCents\" >= 0 AND \"CommittedCents\" + \"SpentCents\" <= \"BudgetCents\""));
    }
}

internal sealed class FundLedgerEntryConfiguration : IEntityTypeConfiguration<FundLedgerEntry>
{
    public void Configure(EntityTypeBuilder<FundLedgerEntry> b)
    {
        b.Property(x => x.Note).HasMaxLength(300);
        b.HasOne<Fund>().WithMany().HasForeignKey(x => x.FundId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AvrRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.FundId, x.Year, x.At });
        b.HasIndex(x => x.RequestId);
    }
}

internal sealed class AvrRequesterAuthorisationConfiguration : IEntityTypeConfiguration<AvrRequesterAuthorisation>
{
    public void Configure(EntityTypeBuilder<AvrRequesterAuthorisation> b)
    {
        b.HasKey(x => x.InstitutionId);
        b.HasOne<Institution>().WithOne().HasForeignKey<AvrRequesterAuthorisation>(x => x.InstitutionId).OnDelete(DeleteBehavior.Cascade);
    }
}
