using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reintegra.Web.Domain;

namespace Reintegra.Web.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.GivenNames).HasMaxLength(100);
        b.Property(x => x.FirstSurname).HasMaxLength(100);
        b.Property(x => x.SecondSurname).HasMaxLength(100);
        b.Property(x => x.NationalityCode).HasMaxLength(2);
        b.Property(x => x.OriginAdm1).HasMaxLength(10);
        b.Property(x => x.OriginAdm2).HasMaxLength(10);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.Languages).HasMaxLength(100);
        b.Property(x => x.SearchSurnames).HasMaxLength(SearchKey.MaxLength);
        b.Property(x => x.SearchGivenNames).HasMaxLength(SearchKey.MaxLength);
        b.Property(x => x.SearchFullName).HasMaxLength(SearchKey.MaxLength * 2);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.DisplayName);
        b.Ignore(x => x.LanguageCodes);
        b.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Documents).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Search: surname prefix ordered by full name; origin by P-code; birth year narrows repeat-return candidates.
        b.HasIndex(x => new { x.SearchSurnames, x.SearchGivenNames });
        b.HasIndex(x => x.SearchFullName);
        b.HasIndex(x => new { x.OriginAdm2, x.SearchFullName });
        b.HasIndex(x => new { x.OriginAdm1, x.SearchFullName });
        b.HasIndex(x => new { x.SearchGivenNames, x.BirthYear });
        b.HasIndex(x => x.UpdatedAt);
    }
}

internal sealed class PersonDocumentConfiguration : IEntityTypeConfiguration<PersonDocument>
{
    public void Configure(EntityTypeBuilder<PersonDocument> b)
    {
        b.Property(x => x.Number).HasMaxLength(40);
        b.Property(x => x.NumberKey).HasMaxLength(40);
        b.Property(x => x.IssuingCountry).HasMaxLength(2);
        b.HasIndex(x => x.NumberKey);
    }
}

internal sealed class PersonInstitutionConfiguration : IEntityTypeConfiguration<PersonInstitution>
{
    public void Configure(EntityTypeBuilder<PersonInstitution> b)
    {
        b.HasKey(x => new { x.PersonId, x.InstitutionId });
        b.HasIndex(x => x.InstitutionId);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
    }
}
