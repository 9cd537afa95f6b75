using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers.Trainings;

/// <summary>The words of the register of trainings and consultations (measures 2, 3.2, 7.4, 7.6).</summary>
public static class TrainingsText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(TrainingsText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string NewTitle => L[nameof(NewTitle)];
    public static string EditTitle => L[nameof(EditTitle)];
    public static string Topic => L[nameof(Topic)];
    public static string Organiser => L[nameof(Organiser)];
    public static string OrganiserShort => L[nameof(OrganiserShort)];
    public static string StartsOn => L[nameof(StartsOn)];
    public static string EndsOn => L[nameof(EndsOn)];
    public static string Dates => L[nameof(Dates)];
    public static string Hours => L[nameof(Hours)];
    public static string Participants => L[nameof(Participants)];
    public static string Participant => L[nameof(Participant)];
    public static string Certificate => L[nameof(Certificate)];
    public static string AddParticipant => L[nameof(AddParticipant)];
    public static string Remove => L[nameof(Remove)];
    public static string NoCertificate => L[nameof(NoCertificate)];
    public static string SaveFirst => L[nameof(SaveFirst)];
    public static string WrongCertificate => L[nameof(WrongCertificate)];
    public static string Consultations => L[nameof(Consultations)];
    public static string Coverage => L[nameof(Coverage)];
    public static string NewConsultation => L[nameof(NewConsultation)];
    public static string ConsultationTitle => L[nameof(ConsultationTitle)];
    public static string Asked => L[nameof(Asked)];
    public static string AskedShort => L[nameof(AskedShort)];
    public static string AskedOn => L[nameof(AskedOn)];
    public static string AskedOnShort => L[nameof(AskedOnShort)];
    public static string Question => L[nameof(Question)];
    public static string Answer => L[nameof(Answer)];
    public static string AnsweredOn => L[nameof(AnsweredOn)];
    public static string AnsweredOnShort => L[nameof(AnsweredOnShort)];
    public static string Year => L[nameof(Year)];
    public static string Trained => L[nameof(Trained)];
    public static string NotTrained => L[nameof(NotTrained)];
    public static string Untrained => L[nameof(Untrained)];
    public static string CoverageLead => L[nameof(CoverageLead)];
}
