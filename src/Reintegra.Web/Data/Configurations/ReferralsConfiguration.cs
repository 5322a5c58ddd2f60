using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.SearchName).HasMaxLength(SearchKey.MaxLength);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Languages).HasMaxLength(100);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.LanguageCodes);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Areas).WithOne().HasForeignKey(a => a.ServiceId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Areas).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Re-importing the directory updates a service instead of adding it twice.
        b.HasIndex(x => new { x.InstitutionId, x.SearchName }).IsUnique();
        b.HasIndex(x => new { x.Category, x.IsActive });
    }
}

internal sealed class ServiceAreaConfiguration : IEntityTypeConfiguration<ServiceArea>
{
    public void Configure(EntityTypeBuilder<ServiceArea> b)
    {
        b.HasKey(x => new { x.ServiceId, x.PCode });
        b.Property(x => x.PCode).HasMaxLength(10);
        b.HasIndex(x => x.PCode);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.OverrideReason).HasMaxLength(1000);
        b.Property(x => x.StatusReason).HasMaxLength(1000);
        b.Property(x => x.Delivered).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Reference);
        b.Ignore(x => x.IsLiveChildProtection);
        b.OwnsOne(x => x.Snapshot, s =>
        {
            s.Property(p => p.Fields).HasColumnName("SharedFields");
            s.Property(p => p.GivenNames).HasColumnName("SharedGivenNames").HasMaxLength(100);
            s.Property(p => p.Surnames).HasColumnName("SharedSurnames").HasMaxLength(201);
            s.Property(p => p.Sex).HasColumnName("SharedSex");
            s.Property(p => p.Age).HasColumnName("SharedAge");
            s.Property(p => p.IsChild).HasColumnName("SharedIsChild");
            s.Property(p => p.BirthDate).HasColumnName("SharedBirthDate");
            s.Property(p => p.BirthYear).HasColumnName("SharedBirthYear");
            s.Property(p => p.Phone).HasColumnName("SharedPhone").HasMaxLength(30);
            s.Property(p => p.Adm1).HasColumnName("SharedAdm1").HasMaxLength(10);
            s.Property(p => p.Adm2).HasColumnName("SharedAdm2").HasMaxLength(10);
            s.Property(p => p.Languages).HasColumnName("SharedLanguages").HasMaxLength(100);
            s.Property(p => p.Documents).HasColumnName("SharedDocuments").HasMaxLength(600);
            s.Property(p => p.NeedLevels).HasColumnName("SharedNeedLevels").HasMaxLength(200);
            s.Property(p => p.NeedsSummary).HasColumnName("SharedNeedsSummary").HasMaxLength(2000);
            s.Property(p => p.Vulnerabilities).HasColumnName("SharedVulnerabilities");
            s.Property(p => p.ErasedAt).HasColumnName("SharedErasedAt");
        });
        b.Navigation(x => x.Snapshot).IsRequired();
        b.HasOne<Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanAction>().WithMany().HasForeignKey(x => x.PlanActionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReturnEvent>().WithMany().HasForeignKey(x => x.ReturnEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consent>().WithMany().HasForeignKey(x => x.ConsentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.FromInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.ToInstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Transitions).WithOne().HasForeignKey(t => t.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Transitions).UsePropertyAccessMode(PropertyAccessMode.Field);
        // The provider's inbox and the sender's follow-through, by state and age.
        b.HasIndex(x => new { x.ToInstitutionId, x.Status, x.StatusChangedAt });
        b.HasIndex(x => new { x.OwnerInstitutionId, x.Status, x.StatusChangedAt });
        b.HasIndex(x => new { x.CaseId, x.Status });
        b.HasIndex(x => new { x.ServiceId, x.Status });
    }
}

internal sealed class ReferralTransitionConfiguration : IEntityTypeConfiguration<ReferralTransition>
{
    public void Configure(EntityTypeBuilder<ReferralTransition> b)
    {
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasIndex(x => new { x.ReferralId, x.At });
    }
}
