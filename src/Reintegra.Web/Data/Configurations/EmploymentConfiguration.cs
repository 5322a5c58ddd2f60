using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class SkillsProfileConfiguration : IEntityTypeConfiguration<SkillsProfile>
{
    public void Configure(EntityTypeBuilder<SkillsProfile> b)
    {
        b.ToTable("SkillsProfiles");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.SkillList).HasMaxLength(4000);
        b.Property(x => x.PreferredSector).HasMaxLength(1);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.Adm1PCode).HasMaxLength(20);
        b.Property(x => x.Adm2PCode).HasMaxLength(20);
        b.Ignore(x => x.Skills);
        b.OwnsMany(x => x.Occupations, o =>
        {
            o.ToJson();
            o.Property(x => x.IscoCode).HasMaxLength(4);
        });
        b.OwnsMany(x => x.Languages, l =>
        {
            l.ToJson();
            l.Property(x => x.Code).HasMaxLength(3);
        });
        b.OwnsMany(x => x.Certificates, c =>
        {
            c.ToJson();
            c.Property(x => x.Name).HasMaxLength(200);
            c.Property(x => x.IscoCode).HasMaxLength(4);
            c.Property(x => x.Issuer).HasMaxLength(200);
        });
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CaseId).IsUnique();
        b.HasIndex(x => x.InstitutionId);
    }
}

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> b)
    {
        b.ToTable("Vacancies");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.IscoCode).HasMaxLength(4);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.Adm1PCode).HasMaxLength(20);
        b.Property(x => x.Adm2PCode).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.SkillList).HasMaxLength(2000);
        b.Property(x => x.LanguageCode).HasMaxLength(3);
        b.Property(x => x.WageMin).HasPrecision(18, 2);
        b.Property(x => x.WageMax).HasPrecision(18, 2);
        b.Ignore(x => x.Skills);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.EmployerId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.EmployerId, x.Status });
        b.HasIndex(x => new { x.Status, x.ClosingOn });
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> b)
    {
        b.ToTable("Placements");
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Property(x => x.DecisionNote).HasMaxLength(1000);
        b.HasOne<Vacancy>().WithMany().HasForeignKey(x => x.VacancyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        // A person is put forward once per vacancy.
        b.HasIndex(x => new { x.VacancyId, x.CaseId }).IsUnique();
        b.HasIndex(x => new { x.EmployerId, x.Status });
        b.HasIndex(x => new { x.CaseInstitutionId, x.Status });
    }
}
