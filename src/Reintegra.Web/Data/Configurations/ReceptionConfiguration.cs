using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class ArrivalConfiguration : IEntityTypeConfiguration<Arrival>
{
    public void Configure(EntityTypeBuilder<Arrival> b)
    {
        b.Property(x => x.PointOfEntry).HasMaxLength(150);
        b.Property(x => x.ReturnedFromCode).HasMaxLength(2);
        b.Property(x => x.CarrierReference).HasMaxLength(60);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.InstitutionId, x.ScheduledAt });
    }
}

internal sealed class ManifestEntryConfiguration : IEntityTypeConfiguration<ManifestEntry>
{
    public void Configure(EntityTypeBuilder<ManifestEntry> b)
    {
        b.Property(x => x.RowKey).HasMaxLength(64);
        b.Property(x => x.GivenNames).HasMaxLength(100);
        b.Property(x => x.FirstSurname).HasMaxLength(100);
        b.Property(x => x.SecondSurname).HasMaxLength(100);
        b.Property(x => x.NationalityCode).HasMaxLength(2);
        b.Property(x => x.DocumentNumber).HasMaxLength(40);
        b.Property(x => x.Notes).HasMaxLength(300);
        b.Property(x => x.SearchFullName).HasMaxLength(SearchKey.MaxLength * 2);
        b.Ignore(x => x.DisplayName);
        b.Ignore(x => x.Birth);
        b.HasOne<Arrival>().WithMany().HasForeignKey(x => x.ArrivalId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.ArrivalId, x.RowKey }).IsUnique();
        b.HasIndex(x => new { x.ArrivalId, x.Status, x.LineNumber });
    }
}

internal sealed class ReturnEventConfiguration : IEntityTypeConfiguration<ReturnEvent>
{
    public void Configure(EntityTypeBuilder<ReturnEvent> b)
    {
        b.ToTable("Returns");
        b.Property(x => x.ReturnedFromCode).HasMaxLength(2);
        b.Property(x => x.DestinationAdm1).HasMaxLength(10);
        b.Property(x => x.DestinationAdm2).HasMaxLength(10);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.WashingtonGroup);
        b.Ignore(x => x.IsChild);
        b.Ignore(x => x.NeedsChildProtectionReferral);
        b.Ignore(x => x.HasChildProtectionReferral);
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Arrival>().WithMany().HasForeignKey(x => x.ArrivalId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReturnEvent>().WithMany().HasForeignKey(x => x.AccompanyingReturnId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Referrals).WithOne().HasForeignKey(r => r.ReturnEventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Referrals).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.PersonId, x.ArrivedAt });
        b.HasIndex(x => new { x.InstitutionId, x.ArrivedAt });
        b.HasIndex(x => new { x.ArrivalId, x.RegisteredAt });
        b.HasIndex(x => x.FamilyGroupId);
    }
}

internal sealed class SensitiveScreeningConfiguration : IEntityTypeConfiguration<SensitiveScreening>
{
    public void Configure(EntityTypeBuilder<SensitiveScreening> b)
    {
        b.HasKey(x => x.ReturnEventId);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<ReturnEvent>().WithOne().HasForeignKey<SensitiveScreening>(x => x.ReturnEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImmediateReferralConfiguration : IEntityTypeConfiguration<ImmediateReferral>
{
    public void Configure(EntityTypeBuilder<ImmediateReferral> b)
    {
        b.Property(x => x.ToName).HasMaxLength(200);
        b.Property(x => x.Reference).HasMaxLength(60);
        b.Property(x => x.Notes).HasMaxLength(1000);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ToInstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditTrail");
        b.Property(x => x.UserName).HasMaxLength(256);
        b.Property(x => x.Action).HasMaxLength(40);
        b.Property(x => x.EntityType).HasMaxLength(60);
        b.Property(x => x.EntityId).HasMaxLength(60);
        b.Property(x => x.Detail).HasMaxLength(500);
        b.HasIndex(x => new { x.PersonId, x.At });
        b.HasIndex(x => new { x.InstitutionId, x.At });
        b.HasIndex(x => x.At);
    }
}
