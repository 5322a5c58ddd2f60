using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

/// <summary>Shared mapping of catalogue entries (programmes, Annex I entries, recommendations) and their versions.</summary>
internal static class CatalogueMapping
{
    public const int TitleLength = 200;
    public const int TextLength = 4000;

    public static void Entry<TEntry, TRevision>(EntityTypeBuilder<TEntry> b)
        where TEntry : CatalogueEntry<TRevision>
        where TRevision : EntryRevision
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Working);
        b.Ignore(x => x.Published);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Revisions).WithOne().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_revisions");
        b.HasIndex(x => x.InstitutionId);
        b.HasIndex(x => x.FirstSubmittedAt);
    }

    public static void Revision<TRevision>(EntityTypeBuilder<TRevision> b)
        where TRevision : EntryRevision
    {
        b.Property(x => x.Title).HasMaxLength(TitleLength);
        b.Property(x => x.Summary).HasMaxLength(TextLength);
        b.Property(x => x.Language).HasMaxLength(2);
        b.Property(x => x.TranslatedTitle).HasMaxLength(TitleLength);
        b.Property(x => x.TranslatedSummary).HasMaxLength(TextLength);
        b.Property(x => x.Source).HasMaxLength(400);
        b.Property(x => x.SearchText).HasMaxLength(CatalogueSearch.MaxLength);
        b.Property(x => x.ReviewNote).HasMaxLength(2000);
        b.Ignore(x => x.IsPublic);
        b.HasIndex(x => new { x.EntryId, x.Number }).IsUnique();
        b.HasIndex(x => new { x.Status, x.PublishedAt });
    }
}

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b) => CatalogueMapping.Entry<Programme, ProgrammeRevision>(b);
}

internal sealed class ProgrammeRevisionConfiguration : IEntityTypeConfiguration<ProgrammeRevision>
{
    public void Configure(EntityTypeBuilder<ProgrammeRevision> b)
    {
        CatalogueMapping.Revision(b);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.ResponsibleInstitution).HasMaxLength(300);
        b.Property(x => x.Partners).HasMaxLength(1000);
        b.Property(x => x.TargetPopulation).HasMaxLength(1000);
        b.Property(x => x.Coverage).HasMaxLength(1000);
        b.Property(x => x.FundingSource).HasMaxLength(300);
        b.Property(x => x.FundingAmount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.LessonsLearned).HasMaxLength(CatalogueMapping.TextLength);
        b.Ignore(x => x.CoveragePCodes);
        b.OwnsMany(x => x.Indicators, i =>
        {
            i.ToJson();
            i.Property(x => x.Name).HasMaxLength(200);
            i.Property(x => x.Unit).HasMaxLength(40);
        });
        b.HasIndex(x => new { x.CountryCode, x.Status });
    }
}

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> b) => CatalogueMapping.Entry<Practice, PracticeRevision>(b);
}

internal sealed class PracticeRevisionConfiguration : IEntityTypeConfiguration<PracticeRevision>
{
    public void Configure(EntityTypeBuilder<PracticeRevision> b)
    {
        CatalogueMapping.Revision(b);
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.Results).HasMaxLength(CatalogueMapping.TextLength);
        b.Property(x => x.LessonsLearned).HasMaxLength(CatalogueMapping.TextLength);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CountryCode, x.Status });
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> b) => CatalogueMapping.Entry<Recommendation, RecommendationRevision>(b);
}

internal sealed class RecommendationRevisionConfiguration : IEntityTypeConfiguration<RecommendationRevision>
{
    public void Configure(EntityTypeBuilder<RecommendationRevision> b)
    {
        CatalogueMapping.Revision(b);
        b.Property(x => x.ResponsibleCountries).HasMaxLength(100);
        b.Property(x => x.ResponsibleInstitutions).HasMaxLength(1000);
        b.Property(x => x.Indicators).HasMaxLength(2000);
        b.Ignore(x => x.ResponsibleCountryCodes);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> b)
    {
        b.Property(x => x.Text).HasMaxLength(2000);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.RecommendationId, x.ReportedOn });
    }
}

internal sealed class BudgetCommitmentConfiguration : IEntityTypeConfiguration<BudgetCommitment>
{
    public void Configure(EntityTypeBuilder<BudgetCommitment> b)
    {
        b.Property(x => x.CountryCode).HasMaxLength(2);
        b.Property(x => x.Institution).HasMaxLength(300);
        b.Property(x => x.Purpose).HasMaxLength(1000);
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Currency).HasMaxLength(3);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.Executed);
        b.HasOne<Recommendation>().WithMany().HasForeignKey(x => x.RecommendationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Executions).WithOne().HasForeignKey(e => e.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Executions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => x.CountryCode);
    }
}

internal sealed class BudgetExecutionConfiguration : IEntityTypeConfiguration<BudgetExecution>
{
    public void Configure(EntityTypeBuilder<BudgetExecution> b)
    {
        b.Property(x => x.Amount).HasPrecision(18, 2);
        b.Property(x => x.Note).HasMaxLength(1000);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OutreachActivityConfiguration : IEntityTypeConfiguration<OutreachActivity>
{
    public void Configure(EntityTypeBuilder<OutreachActivity> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Adm1PCode).HasMaxLength(10);
        b.Property(x => x.Adm2PCode).HasMaxLength(10);
        b.Property(x => x.Venue).HasMaxLength(200);
        b.Property(x => x.Audience).HasMaxLength(300);
        b.Property(x => x.Materials).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.TotalReached);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Programme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Reach).WithOne().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Reach).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(x => new { x.InstitutionId, x.Date });
        b.HasIndex(x => x.ProgrammeId);
    }
}

internal sealed class OutreachReachConfiguration : IEntityTypeConfiguration<OutreachReach>
{
    public void Configure(EntityTypeBuilder<OutreachReach> b)
    {
        b.ToTable("OutreachReach");
        b.HasIndex(x => new { x.ActivityId, x.Sex, x.AgeGroup }).IsUnique();
    }
}
