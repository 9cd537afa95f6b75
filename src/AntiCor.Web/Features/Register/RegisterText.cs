namespace AntiCor.Web.Features.Register;

/// <summary>The words of the coordinator's register pages: import, editing, editions.</summary>
public static class RegisterText
{
    public const string ImportTitle = "Імпорт програми";
    public const string ImportLead = "Завантажте розпорядження (рішення, наказ) із додатком-таблицею заходів: текст (.txt), Word (.docx), вебсторінку (.html) або таблицю Excel (.xlsx; досить самого додатка). Нічого не зберігається, доки ви не підтвердите.";
    public const string File = "Файл документа";
    public const string Upload = "Прочитати документ";
    public const string NoFile = "Оберіть файл документа.";
    public const string ServerBusy = "Сервер зайнятий: зараз читаються інші документи. Спробуйте за хвилину.";
    public const string PreviewTitle = "Перевірка перед збереженням";
    public const string PreviewLead = "Так AntiCor прочитав документ. Виправте заходи, що потребують перевірки, позначте перевірені й підтвердіть.";
    public const string Recheck = "Застосувати виправлення";
    public const string Confirm = "Підтвердити й зберегти";
    public const string Reviewed = "Перевірено";
    public const string MeasureText = "Текст заходу";
    public const string TermText = "Термін виконання (як у документі)";
    public const string ExecutorsText = "Виконавці (через кому)";
    public const string SameActTitle = "Ця програма вже є в реєстрі";
    public const string SameActLead = "Програму за цим самим актом уже збережено. Оновити її змістом цього документа? Попередня редакція залишиться в історії.";
    public const string Update = "Оновити наявну програму";
    public const string DraftExpired = "Сеанс перевірки застарів або пошкоджений; завантажте документ ще раз.";
    public const string ActLegend = "Акт про внесення змін (необов'язково)";
    public const string ActKind = "Вид акта";
    public const string ActNumber = "Номер";
    public const string ActDate = "Дата (дд.мм.рррр)";
    public const string ActTitle = "Назва акта";
    public const string ActIncomplete = "Для акта про зміни вкажіть щонайменше вид і номер, або залиште всі поля порожніми.";
    public const string ActDateInvalid = "Дату акта вкажіть у форматі дд.мм.рррр, наприклад 03.02.2020.";
    public const string EditMeasure = "Редагування заходу";
    public const string DismissAdvice = "Відхилити пораду щодо заходу";
    public const string DismissReason = "Чому порада не стосується заходу";
    public const string Dismiss = "Відхилити пораду";
    public const string AdviceHeading = "Порада (не блокує):";
    public const string DismissWithReason = "Відхилити з причиною";
    public const string AddMeasure = "Новий захід";
    public const string MoveTo = "Напрям";
    public const string Save = "Зберегти зміни";
    public const string Delete = "Вилучити захід";
    public const string Cancel = "Скасувати";
    public const string EditDirection = "Напрям програми";
    public const string DirectionTitle = "Назва напряму";
    public const string AddDirection = "Додати напрям";
    public const string DeleteDirection = "Вилучити напрям";
    public const string EditionsTitle = "Редакції програми";
    public const string Edition = "Редакція";
    public const string Compare = "Порівняти";
    public const string Before = "Було";
    public const string After = "Стало";
    public const string NoChanges = "Між цими редакціями змін немає.";
    public const string WithoutAct = "без акта про зміни";

    public const string NoOrganization = "Ваш обліковий запис не належить жодній організації: зверніться до адміністратора.";
    public const string TargetOrganization = "Програму буде збережено в організації";
    public const string NamedInDocument = "у документі названо";
    public const string RemovalsLead = "Оновлення вилучить заходи, яких немає в новому документі. Перевірте їх і підтвердіть вилучення:";
    public const string ConfirmRemovals = "Так, вилучити ці заходи";
    public const string DeleteNeedsAct = "Захід вилучають лише актом про внесення змін: заповніть його вид, номер і дату.";
    public const string DeleteNeedsConfirmation = "Підтвердьте вилучення заходу позначкою під формою.";
    public const string Risk = "Корупційний ризик";
    public const string RiskLevel = "рівень";
    public const string ExpectedResult = "Очікуваний результат";
    public const string Indicators = "Індикатори";
    public const string Resources = "Ресурси";
    public const string RereadNeedsUpload = "Файл завеликий, щоб прочитати його ще раз без завантаження: оберіть аркуш чи значення стовпців і завантажте файл знову.";
    public const string SheetLegend = "Аркуш книги";
    public const string SheetLead = "У книзі кілька аркушів із таблицею. Прочитано аркуш, обраний нижче; щоб імпортувати інший, оберіть його.";
    public const string ReadSheet = "Прочитати цей аркуш";
    public const string ColumnsLegend = "Нерозпізнані стовпці";
    public const string ColumnsLead = "Оберіть, що в кожному з цих стовпців; ваш вибір збережеться для наступних імпортів організації.";
    public const string LeaveOut = "не імпортувати";
    public const string ReadWithColumns = "Прочитати з обраними значеннями";
    public const string PresetsApplied = "Застосовано збережені значення стовпців:";
    public const string HeaderLegend = "Програма й акт, яким її затверджено";
    public const string HeaderLead = "Чого документ не каже (наприклад, додаток без рішення), заповніть тут або залиште порожнім.";
    public const string HeaderTitle = "Назва програми";
    public const string HeaderActKind = "Вид акта (рішення, розпорядження, наказ)";
    public const string HeaderActNumber = "Номер акта";
    public const string HeaderActDate = "Дата акта (дд.мм.рррр)";
    public const string HeaderActIssuer = "Хто ухвалив акт";
    public const string HeaderPeriodFrom = "Початок періоду (дд.мм.рррр)";
    public const string HeaderPeriodTo = "Кінець періоду (дд.мм.рррр)";
    public const string ActUnsaid = "не зазначено";

    public static string DateInvalid(string field, string typed) => $"«{field}»: «{typed}» — не дата; вкажіть її як дд.мм.рррр, наприклад 03.02.2025.";

    public const string ConfirmDelete = "Підтверджую вилучення цього заходу (лише для кнопки «Вилучити»)";
}
