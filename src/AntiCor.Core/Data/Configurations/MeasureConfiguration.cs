using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.Property(m => m.Number).HasMaxLength(Limits.Short).IsRequired();
        builder.Property(m => m.Text).HasMaxLength(Limits.Text).IsRequired();
        builder.HasIndex(m => new { m.DirectionId, m.Number }).IsUnique();
        builder.HasIndex(m => m.OrganizationId);
        builder.OwnsOne(m => m.Term, term =>
        {
            term.Property(t => t.Kind).HasColumnName("TermKind").HasConversion<string>().HasMaxLength(Limits.Short);
            term.Property(t => t.Text).HasColumnName("TermText").HasMaxLength(Limits.Title).IsRequired();
            term.Property(t => t.From).HasColumnName("TermFrom");
            term.Property(t => t.To).HasColumnName("TermTo");
        });
        builder.Navigation(m => m.Term).IsRequired();
        builder.HasMany(m => m.Executors).WithOne().HasForeignKey(e => e.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
