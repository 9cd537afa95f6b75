using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class DirectionConfiguration : IEntityTypeConfiguration<Direction>
{
    public void Configure(EntityTypeBuilder<Direction> builder)
    {
        builder.Property(d => d.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.HasIndex(d => new { d.ProgrammeId, d.Number }).IsUnique();
        builder.HasIndex(d => d.OrganizationId);
        builder.HasMany(d => d.Measures).WithOne().HasForeignKey(m => m.DirectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
