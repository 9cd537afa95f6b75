namespace AntiCor.Web.Features.Errors;

/// <summary>The words of the error pages: plain, reassuring, with no internals.</summary>
public static class ErrorsText
{
    public const string ErrorTitle = "Сталася помилка";
    public const string ErrorLead = "На жаль, під час обробки запиту сталася помилка. Ми вже знаємо про неї.";
    public const string ErrorHint = "Спробуйте оновити сторінку трохи згодом або поверніться до переліку програм.";
    public const string RequestId = "Код запиту для звернення до служби підтримки";
    public const string NotFoundTitle = "Сторінку не знайдено";
    public const string NotFoundLead = "Сторінки за цією адресою немає: можливо, її видалено або в адресі помилка.";
    public const string TooLargeTitle = "Файл завеликий";
    public const string TooLargeLead = "Запит перевищує допустимий розмір: файл документа може мати щонайбільше 20 МБ.";
    public const string ForbiddenTitle = "Доступ заборонено";
    public const string ForbiddenLead = "Ваша роль не дає права відкривати цю сторінку. Якщо вона потрібна для роботи, зверніться до адміністратора.";
    public const string OtherTitle = "Запит не виконано";
    public const string OtherLead = "Сервер не зміг виконати запит.";
    public const string StatusCode = "Код відповіді";
    public const string BackHome = "До переліку програм";
}
