using AntiCor.Core.Reporting;
using AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Features.Review;

/// <summary>The words of the department's pages: periods, the board, the review, the assessment.</summary>
public static class ReviewText
{
    public const string PeriodsTitle = "Звітні періоди";
    public const string Period = "Період";
    public const string Dates = "Дні періоду";
    public const string DueOn = "Строк подання";
    public const string Closed = "Стан";
    public const string Obligations = "Зобов'язань";
    public const string NoPeriods = "Для програми ще не сплановано звітних періодів.";
    public const string Board = "Дошка періоду";
    public const string AllDirections = "усі напрями";
    public const string AllUnits = "усі виконавці";
    public const string AllStates = "усі стани";
    public const string Direction = "Напрям";
    public const string Unit = "Виконавець";
    public const string State = "Стан";
    public const string Filter = "Показати";
    public const string Number = "№";
    public const string Measure = "Захід";
    public const string Executors = "Виконавці";
    public const string MeasureStatus = "Статус заходу";
    public const string Verdict = "Оцінка департаменту";
    public const string Assess = "оцінити";
    public const string Lead = "головний";
    public const string External = "за згодою";
    public const string Overridden = "встановлено департаментом";
    public const string NoRows = "За цими умовами зобов'язань немає.";
    public const string Pages = "Сторінки дошки";
    public const string PreviousPage = "← Попередня";
    public const string NextPage = "Наступна →";
    public const string PageOf = "Сторінка {0} з {1}";
    public const string ClosePeriod = "Закрити період";
    public const string ReopenPeriod = "Відкрити період повторно";
    public const string ReopenReason = "Причина повторного відкриття";
    public const string ReopenReasonRequired = "Щоб відкрити період повторно, вкажіть причину.";
    public const string ClosedNote = "Період закрито: звіти за нього не приймаються.";
    public const string AllPeriods = "Усі періоди";

    public const string ReviewTitle = "Розгляд звіту";
    public const string Version = "Версія";
    public const string ReportState = "Стан звіту";
    public const string MessageType = "Тип повідомлення";
    public const string Status = "Статус";
    public const string WhatWasDone = "Що зроблено";
    public const string CompletedOn = "Фактична дата виконання";
    public const string Reasons = "Причини невиконання";
    public const string CancellingAct = "Акт, яким захід скасовано";
    public const string CorrectionReason = "Причина виправлення";
    public const string SubmittedAt = "Подано";
    public const string Indicators = "Показники";
    public const string Evidence = "Підтвердні матеріали";
    public const string NoEvidence = "Матеріалів не додано.";
    public const string Versions = "Версії звіту";
    public const string ReviewComment = "Коментар департаменту";
    public const string Comment = "Коментар";
    public const string Accept = "Прийняти";
    public const string Return = "Повернути на доопрацювання";
    public const string NotWaiting = "Звіт не очікує розгляду: розглянути можна лише поданий звіт.";
    public const string DraftHidden = "Це чернетка виконавця: її зміст стане видно після подання.";
    public const string BackToBoard = "До дошки періоду";
    public const string PublicationTitle = "Оприлюднення на порталі";
    public const string NotPublished = "Звіт не оприлюднено: його бачать лише працівники.";
    public static string PublishedOn(string date) => $"Звіт оприлюднено на картці заходу {date}.";
    public const string PublicationLead = "На порталі буде видно підрозділ-виконавця, статус, що зроблено, дати, причини й показники та обрані матеріали. Автора звіту, того, хто його розглядав, і коментар департаменту не оприлюднюють. Позначайте лише матеріали без персональних даних.";
    public const string PublicEvidence = "Оприлюднити матеріали";
    public const string Publish = "Оприлюднити звіт";
    public const string UpdatePublication = "Зберегти вибір матеріалів";
    public const string Unpublish = "Зняти з оприлюднення";

    public const string AssessmentTitle = "Оцінка заходу за період";
    public const string DerivedStatus = "Статус за прийнятими звітами";
    public const string GiveVerdict = "Зберегти оцінку";
    public const string ChooseVerdict = "Оберіть оцінку департаменту.";
    public const string OverrideStatus = "Статус, встановлений департаментом";
    public const string NoOverride = "як у звітах виконавців";
    public const string OverrideReason = "Причина";
    public const string SaveOverride = "Зберегти статус";
    public const string RecordExternal = "Записати, що повідомила сторона за згодою";
    public const string ExternalUnit = "Сторона";
    public const string SaveExternal = "Записати звіт";
    public const string NoExternal = "Серед виконавців заходу немає сторін за згодою.";
    public const string ExternalNotExecutor = "Ця сторона не є виконавцем заходу за згодою.";
    public const string PeriodNotFound = "Такого звітного періоду немає.";

    public static string Late(int days) => $"запізнення {ReportingWords.Days(days)}";

    public static string Count(int n) => Wording.Count(n, "зобов'язання", "зобов'язання", "зобов'язань");

    /// <summary>The subject and body of the letter to the unit's executors after the department's decision.</summary>
    public static (string Subject, string Body) Letter(bool accepted, string measureNumber, string periodLabel, string unitName, string? comment, string link)
    {
        var outcome = accepted ? "прийнято" : "повернуто на доопрацювання";
        var subject = $"Звіт щодо заходу {measureNumber} за {periodLabel} {outcome}";
        var body = $"""
            Департамент розглянув звіт підрозділу «{unitName}» щодо заходу {measureNumber} за {periodLabel}: звіт {outcome}.

            Коментар департаменту: {(string.IsNullOrWhiteSpace(comment) ? "без коментаря" : comment.Trim())}

            {(accepted ? "Переглянути звіт" : "Виправте звіт і подайте його знову")}: {link}
            """;
        return (subject, body);
    }
}
