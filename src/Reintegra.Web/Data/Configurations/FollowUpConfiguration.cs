using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class RssSpecVersionConfiguration : IEntityTypeConfiguration<RssSpecVersion>
{
    public void Configure(EntityTypeBuilder<RssSpecVersion> b)
    {
        b.ToTable("RssSpecVersions");
        b.Property(x => x.Version).HasMaxLength(40);
        b.Property(x => x.Sha256).HasMaxLength(64);
        // The whole spec file, kept so that old scores can always be explained by the weights that made them.
        b.Property(x => x.Json).HasMaxLength(65536);
        b.HasIndex(x => x.Sha256).IsUnique();
    }
}

internal sealed class FollowUpSurveyConfiguration : IEntityTypeConfiguration<FollowUpSurvey>
{
    public void Configure(EntityTypeBuilder<FollowUpSurvey> b)
    {
        b.ToTable("FollowUpSurveys");
        b.Property(x => x.Answers).HasMaxLength(4000);
        b.Property(x => x.AccompaniedBy).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Ignore(x => x.Scores);
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RssSpecVersion>().WithMany().HasForeignKey(x => x.SpecVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CaseId, x.SurveyedOn });
    }
}

internal sealed class CaseEvaluationConfiguration : IEntityTypeConfiguration<CaseEvaluation>
{
    public void Configure(EntityTypeBuilder<CaseEvaluation> b)
    {
        b.ToTable("CaseEvaluations");
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.HasOne<ReintegrationCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.CaseId).IsUnique();
    }
}
