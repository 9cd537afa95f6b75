using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting;

/// <summary>
/// Evidence attached to a report: a link, or a file whose bytes are stored once by their SHA-256
/// (<see cref="EvidenceContent"/>) however many reports and versions attach them.
/// </summary>
public sealed class ReportEvidence
{
    private ReportEvidence() { }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid ReportId { get; private set; }
    public string? Url { get; private set; }
    public string? Title { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentSha256 { get; private set; }
    public string? MediaType { get; private set; }
    public long? Size { get; private set; }

    /// <summary>Chosen by the coordinator when publishing an accepted report (the public portal).</summary>
    public bool IsPublic { get; private set; }

    public bool IsFile => ContentSha256 is not null;

    internal static ReportEvidence Link(string url, string? title)
    {
        var text = Guard.NotBlank(url, "Посилання");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new DomainException("Посилання має бути повною адресою, що починається з http:// або https://.");
        }

        return new ReportEvidence { Url = uri.ToString(), Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim() };
    }

    internal static ReportEvidence File(EvidenceContent content, string fileName) => new()
    {
        FileName = Path.GetFileName(Guard.NotBlank(fileName, "Назва файлу")),
        ContentSha256 = content.Sha256,
        MediaType = content.MediaType,
        Size = content.Size,
    };

    internal ReportEvidence Copy() => new()
    {
        Url = Url, Title = Title, FileName = FileName, ContentSha256 = ContentSha256, MediaType = MediaType, Size = Size, IsPublic = IsPublic,
    };

    public void Publish(bool isPublic) => IsPublic = isPublic;
}
