using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers;

/// <summary>
/// A training event (measures 2, 3.2, 7.4): its topic, organiser (NACP, the department, a school
/// of public administration), dates and hours, and the participants from the units, each with an
/// optional certificate kept in the evidence store.
/// </summary>
public sealed class TrainingEvent : ITenantOwned, IVersioned, IPersonalRecord
{
    public const int MaxHours = 1000;

    private readonly List<TrainingParticipant> _participants = [];

    private TrainingEvent() { }

    public TrainingEvent(Guid organizationId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public string Topic { get; private set; } = "";
    public string Organiser { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int Hours { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<TrainingParticipant> Participants => _participants;

    public DateOnly RecordedOn => StartsOn;

    public void Describe(string topic, string organiser, DateOnly startsOn, DateOnly? endsOn, int hours)
    {
        RegisterDates.NotBefore(endsOn, startsOn, RegisterWords.TrainingEndsBeforeStart);
        if (hours is < 1 or > MaxHours)
        {
            throw new DomainException(RegisterWords.TrainingHoursRange);
        }

        Topic = Guard.NotBlank(topic, "Тема");
        Organiser = Guard.NotBlank(organiser, "Організатор");
        StartsOn = startsOn;
        EndsOn = endsOn ?? startsOn;
        Hours = hours;
    }

    public TrainingParticipant AddParticipant(Guid orgUnitId, string personName)
    {
        var name = Guard.NotBlank(personName, "Учасник");
        if (_participants.Any(p => p.OrgUnitId == orgUnitId && p.PersonName == name))
        {
            throw new DomainException(RegisterWords.ParticipantTwice);
        }

        var participant = new TrainingParticipant(orgUnitId, name);
        _participants.Add(participant);
        return participant;
    }

    public void RemoveParticipant(Guid participantId) => _participants.RemoveAll(p => p.Id == participantId);

    public void ErasePersonalData(DateTime atUtc)
    {
        foreach (var participant in _participants)
        {
            participant.ErasePersonalData();
        }

        ErasedAtUtc = atUtc;
    }
}

/// <summary>One participant of a training, from a unit, with the certificate as evidence.</summary>
public sealed class TrainingParticipant
{
    private TrainingParticipant() { }

    internal TrainingParticipant(Guid orgUnitId, string personName)
    {
        OrgUnitId = orgUnitId;
        PersonName = personName;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrgUnitId { get; private set; }
    public string? PersonName { get; private set; }
    public string? CertificateFileName { get; private set; }
    public string? CertificateSha256 { get; private set; }

    public void AttachCertificate(string fileName, string sha256)
    {
        CertificateFileName = Guard.NotBlank(fileName, "Назва файлу");
        CertificateSha256 = sha256;
    }

    internal void ErasePersonalData() => PersonName = null;
}

/// <summary>A methodological consultation (measure 7.6): the unit's question, the answer the department gave and when.</summary>
public sealed class Consultation : ITenantOwned, IVersioned, IPersonalRecord
{
    private Consultation() { }

    public Consultation(Guid organizationId, Guid orgUnitId)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        OrgUnitId = orgUnitId;
    }

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }
    public Guid OrgUnitId { get; private set; }

    /// <summary>Who asked, if the unit named them.</summary>
    public string? PersonName { get; private set; }
    public DateOnly AskedOn { get; private set; }
    public string Question { get; private set; } = "";
    public string? Answer { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public DateTime? ErasedAtUtc { get; private set; }
    public int Version { get; private set; }

    public DateOnly RecordedOn => AskedOn;

    public void Edit(Guid orgUnitId, string? personName, DateOnly askedOn, string question, string? answer, DateOnly? answeredOn)
    {
        RegisterDates.NotBefore(answeredOn, askedOn, RegisterWords.AnswerBeforeQuestion);
        if (answeredOn is not null && string.IsNullOrWhiteSpace(answer))
        {
            throw new DomainException(RegisterWords.AnsweredWithoutAnswer);
        }

        OrgUnitId = orgUnitId;
        PersonName = RegisterDates.Clean(personName);
        AskedOn = askedOn;
        Question = Guard.NotBlank(question, "Питання");
        Answer = RegisterDates.Clean(answer);
        AnsweredOn = answeredOn;
    }

    public void ErasePersonalData(DateTime atUtc)
    {
        PersonName = null;
        ErasedAtUtc = atUtc;
    }
}
