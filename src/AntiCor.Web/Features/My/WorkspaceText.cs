namespace AntiCor.Web.Features.My;

/// <summary>The words of the executor's workspace: obligations, the report form, evidence.</summary>
public static class WorkspaceText
{
    public const string ObligationsTitle = "Мої зобов'язання";
    public const string NoUnits = "Ваш обліковий запис не прив'язано до жодного підрозділу. Зверніться до адміністратора.";
    public const string NoObligations = "За цей період у ваших підрозділів немає зобов'язань.";
    public const string Period = "Звітний період";
    public const string Show = "Показати";
    public const string DueOn = "Строк подання";
    public const string DaysLeft = "Залишилось";
    public const string State = "Стан";
    public const string Measure = "Захід";
    public const string Term = "Термін виконання";
    public const string OpenReport = "Звіт";
    public const string Lead = "головний виконавець";
    public const string Executor = "Виконавець";

    public static string Overdue(string days) => $"прострочено на {days}";

    public const string ReportTitle = "Звіт про виконання заходу";
    public const string MessageType = "Тип повідомлення";
    public const string Status = "Стан виконання";
    public const string WhatWasDone = "Що зроблено";
    public const string CompletedOn = "Фактична дата виконання (дд.мм.рррр)";
    public const string Reasons = "Причини невиконання";
    public const string CancellingAct = "Акт, яким захід скасовано (для «Втратив актуальність»)";
    public const string CorrectionReason = "Причина виправлення";
    public const string Indicators = "Показники";
    public const string Target = "ціль";
    public const string EvidenceLegend = "Підтвердні матеріали";
    public const string LinkUrl = "Посилання (http:// або https://)";
    public const string LinkTitle = "Назва посилання";
    public const string Upload = "Файл: PDF, DOCX, XLSX, ODT, JPEG або PNG, до 10 МБ";
    public const string Remove = "Вилучити";
    public const string SaveDraft = "Зберегти чернетку";
    public const string Submit = "Подати звіт";
    public const string OpenCorrection = "Виправити звіт (нова версія)";
    public const string Saved = "Чернетку збережено.";
    public const string SubmittedNote = "Звіт подано. Поданий звіт не змінюється; після розгляду департаментом його можна виправити новою версією.";
    public const string Waiting = "Звіт подано й він очікує розгляду департаментом.";
    public const string ReviewComment = "Коментар департаменту";
    public const string Versions = "Версії звіту";
    public const string Version = "Версія";
    public const string Created = "Створено";
    public const string SubmittedAt = "Подано";
    public const string ReviewedAt = "Розглянуто";
    public const string NotANumber = "Значення показника має бути числом, наприклад 12 або 1,5.";
    public const string DateInvalid = "Дату вкажіть у форматі дд.мм.рррр, наприклад 15.04.2020.";
    public const string ObsoleteFootnote = "«Втратив актуальність» показується, але не враховується у відсотках виконання; потрібні реквізити акта, яким захід скасовано.";

    public static string Late(string days) => $"Подано із запізненням на {days}.";
}
