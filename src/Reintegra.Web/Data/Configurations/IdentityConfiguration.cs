using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class DuplicatePairConfiguration : IEntityTypeConfiguration<DuplicatePair>
{
    public void Configure(EntityTypeBuilder<DuplicatePair> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonAId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonBId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PersonAId, x.PersonBId });
        b.HasIndex(x => new { x.Status, x.Probability });
        b.HasIndex(x => x.PersonBId);
    }
}

internal sealed class DifferentPeopleDecisionConfiguration : IEntityTypeConfiguration<DifferentPeopleDecision>
{
    public void Configure(EntityTypeBuilder<DifferentPeopleDecision> b)
    {
        b.HasKey(x => new { x.PersonAId, x.PersonBId });
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonAId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonBId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonMergeConfiguration : IEntityTypeConfiguration<PersonMerge>
{
    public void Configure(EntityTypeBuilder<PersonMerge> b)
    {
        b.ToTable("PersonMerges");
        b.Property(x => x.Moved).HasMaxLength(100_000);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.KeptPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AbsorbedPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.KeptPersonId);
        b.HasIndex(x => x.AbsorbedPersonId);
    }
}
