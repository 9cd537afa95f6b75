using AntiCor.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AntiCor.Core.Data.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.MessageId).HasMaxLength(OutboxMessage.MessageIdLength).IsRequired();
        builder.Property(m => m.To).HasMaxLength(OutboxMessage.AddressLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectLength).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorLength);
        builder.Property(m => m.DedupKey).HasMaxLength(OutboxMessage.DedupKeyLength);

        builder.HasIndex(m => m.MessageId).IsUnique();
        // NULLs are distinct on both providers: only letters that carry a key are held to one.
        builder.HasIndex(m => m.DedupKey).IsUnique();
        // The sender's query: letters not sent, not given up, due.
        builder.HasIndex(m => new { m.SentUtc, m.FailedUtc, m.NextAttemptUtc });
    }
}
