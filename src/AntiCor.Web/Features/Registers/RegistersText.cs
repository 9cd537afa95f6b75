using AntiCor.Core.Registers;
using AntiCor.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace AntiCor.Web.Features.Registers;

/// <summary>The words of the department's registers.</summary>
public static class RegistersText
{
    private static readonly IStringLocalizer L = InterfaceText.For(typeof(RegistersText));

    public static string Title => L[nameof(Title)];
    public static string Lead => L[nameof(Lead)];
    public static string Erased => L[nameof(Erased)];
    public static string Search => L[nameof(Search)];
    public static string Unit => L[nameof(Unit)];
    public static string AllUnits => L[nameof(AllUnits)];
    public static string From => L[nameof(From)];
    public static string To => L[nameof(To)];
    public static string ViolationsOnly => L[nameof(ViolationsOnly)];
    public static string Show => L[nameof(Show)];
    public static string New => L[nameof(New)];
    public static string Save => L[nameof(Save)];
    public static string Edit => L[nameof(Edit)];
    public static string ExportCsv => L[nameof(ExportCsv)];
    public static string ExportXlsx => L[nameof(ExportXlsx)];
    public static string Nothing => L[nameof(Nothing)];
    public static string Saved => L[nameof(Saved)];
    public static string NotFound => L[nameof(NotFound)];
    public static string DateInvalid => L[nameof(DateInvalid)];
    public static string Required => L[nameof(Required)];
    public static string TooLong => L[nameof(TooLong)];
    public static string UnitRequired => L[nameof(UnitRequired)];
    public static string NoUnit => L[nameof(NoUnit)];
    public static string Previous => L[nameof(Previous)];
    public static string Next => L[nameof(Next)];
    public static string Links => L[nameof(Links)];
    public static string LinksLead => L[nameof(LinksLead)];
    public static string Programme => L[nameof(Programme)];
    public static string Register => L[nameof(Register)];
    public static string MeasureNumber => L[nameof(MeasureNumber)];
    public static string NoticeDays => L[nameof(NoticeDays)];
    public static string Link => L[nameof(Link)];
    public static string Linked => L[nameof(Linked)];
    public static string MeasureUnknown => L[nameof(MeasureUnknown)];
    public static string ProgrammeUnknown => L[nameof(ProgrammeUnknown)];
    public static string AlreadyLinked => L[nameof(AlreadyLinked)];
    public static string NotANumber => L[nameof(NotANumber)];
    public static string Figures => L[nameof(Figures)];
    public static string FillFromRegister => L[nameof(FillFromRegister)];
    public static string OpenEntries => L[nameof(OpenEntries)];
    public static string Filled => L[nameof(Filled)];
    public static string Pages => L[nameof(Pages)];
    public static string WrongDraftFile => L[nameof(WrongDraftFile)];
    public static string Import => L[nameof(Import)];
    public static string ImportLead => L[nameof(ImportLead)];
    public static string ImportFile => L[nameof(ImportFile)];
    public static string ImportRead => L[nameof(ImportRead)];
    public static string ImportNoFile => L[nameof(ImportNoFile)];
    public static string ImportExpired => L[nameof(ImportExpired)];
    public static string ImportHasErrors => L[nameof(ImportHasErrors)];
    public static string ImportNameHidden => L[nameof(ImportNameHidden)];
    public static string ImportLine => L[nameof(ImportLine)];
    public static string ImportErrors => L[nameof(ImportErrors)];
    public static string ImportReady => L[nameof(ImportReady)];
    public static string Masked => L[nameof(Masked)];

    public static string NameDraftActs => L[nameof(NameDraftActs)];
    public static string NameAppointments => L[nameof(NameAppointments)];
    public static string NameDeclarations => L[nameof(NameDeclarations)];
    public static string NameLiablePersons => L[nameof(NameLiablePersons)];
    public static string NameTrainings => L[nameof(NameTrainings)];
    public static string NameConflicts => L[nameof(NameConflicts)];

    public static string ImportSummary(int rows, int errorRows) => L[nameof(ImportSummary), rows, errorRows];

    public static string Imported(int count) => L[nameof(Imported), count];

    public static string Name(RegisterKind register) => register switch
    {
        RegisterKind.DraftActs => NameDraftActs,
        RegisterKind.Appointments => NameAppointments,
        RegisterKind.Declarations => NameDeclarations,
        RegisterKind.LiablePersons => NameLiablePersons,
        RegisterKind.Trainings => NameTrainings,
        _ => NameConflicts,
    };

    public static string Path(RegisterKind register) => register switch
    {
        RegisterKind.DraftActs => "/registers/draft-acts",
        RegisterKind.Appointments => "/registers/appointments",
        RegisterKind.Declarations => "/registers/declarations",
        RegisterKind.LiablePersons => "/registers/liable-persons",
        RegisterKind.Trainings => "/registers/trainings",
        _ => "/registers/conflicts",
    };

    public static string Total(int count) => L[nameof(Total), count];

    public static string PageOf(int page, int pages) => L[nameof(PageOf), page, pages];
}
