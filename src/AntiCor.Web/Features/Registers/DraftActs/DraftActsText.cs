using AntiCor.Core.Registers;

namespace AntiCor.Web.Features.Registers.DraftActs;

/// <summary>The words of the register of anti-corruption reviews of draft acts (measure 4).</summary>
public static class DraftActsText
{
    public const string Title = "Антикорупційна експертиза проєктів актів";
    public const string Lead = "Підрозділ подає проєкт розпорядження чи рішення; відділ надає висновок — корупціогенних чинників не виявлено або виявлено (з переліку чинників) із пропозиціями; підрозділ зазначає, скільки пропозицій враховано.";
    public const string NewTitle = "Подати проєкт акта";
    public const string EditTitle = "Проєкт акта";
    public const string ActTitle = "Назва проєкту";
    public const string Kind = "Вид акта";
    public const string SubmittedOn = "Дата подання (дд.мм.рррр)";
    public const string SubmittedShort = "Подано";
    public const string RequestedBy = "Розглянути до (дд.мм.рррр)";
    public const string RequestedShort = "Строк";
    public const string File = "Файл проєкту (PDF, DOCX, ODT)";
    public const string Conclusion = "Висновок";
    public const string ConcludedOn = "Дата висновку (дд.мм.рррр)";
    public const string Factors = "Виявлені корупціогенні чинники";
    public const string Proposals = "Пропозиції";
    public const string ProposalsMade = "Надано пропозицій";
    public const string ProposalsTaken = "Враховано пропозицій";
    public const string SaveConclusion = "Зберегти висновок";
    public const string SaveTaken = "Зберегти враховані пропозиції";
    public const string Overdue = "Прострочено";
    public const string NoCatalogue = "Перелік чинників порожній — додайте чинники на сторінці переліку.";
    public const string Catalogue = "Перелік корупціогенних чинників";
    public const string CatalogueLead = "Чинники, які відділ зазначає у висновках антикорупційної експертизи.";
    public const string FactorName = "Назва чинника";
    public const string AddFactor = "Додати чинник";
    public const string FactorAdded = "Чинник додано.";
    public const string FactorTaken = "Такий чинник уже є в переліку.";
    public const string UnknownFactor = "Обраного чинника немає в переліку — оновіть сторінку.";
    public const string DownloadFile = "Завантажити файл";

    public static string KindName(DraftActKind kind) => kind == DraftActKind.Order ? "Розпорядження" : "Рішення";

    public static string ConclusionName(DraftActConclusion conclusion) => conclusion switch
    {
        DraftActConclusion.Pending => "Очікує висновку",
        DraftActConclusion.NoFactors => "Чинників не виявлено",
        _ => "Виявлено корупціогенні чинники",
    };
}
