namespace AntiCor.Web.Features.Audit;

/// <summary>The words of the public checkpoints page: what a checkpoint is and how to use one.</summary>
public static class CheckpointsText
{
    public const string Title = "Контрольні точки журналу аудиту";
    public const string Lead = "Кожна зміна даних у системі записується в журнал аудиту. Записи утворюють ланцюжок: кожен містить хеш (цифровий відбиток SHA-256) попереднього запису, тож змінити чи видалити будь-який запис непомітно не можна — зламаються хеші всіх наступних.";
    public const string WhatTitle = "Що таке контрольна точка";
    public const string What = "Раз на добу система публікує «голову» ланцюжка: скільки записів було в журналі й хеш останнього з них. Якщо хтось із доступом до бази даних перепише історію й перерахує всі хеші, ланцюжок знову виглядатиме цілим — але вже не збігатиметься з контрольною точкою, яку ви зберегли раніше.";
    public const string HowTitle = "Як перевірити, що реєстр не переписано";
    public const string HowSave = "Завантажте файл контрольних точок (JSON) і збережіть його у себе — або попросіть зробити це незалежну сторону: громадську організацію, журналістів, депутата.";
    public const string HowLater = "Згодом попросіть відповідального за систему виконати перевірку з вашим файлом:";
    public const string HowResult = "Команда перераховує весь ланцюжок і порівнює його з кожною точкою з файлу. Якщо будь-який запис до моменту публікації точки змінено чи видалено, вона назве номер першого пошкодженого запису.";
    public const string HowCompare = "Можна й просто порівняти: кількість записів і хеш у збереженому файлі мають і надалі бути в цьому переліку без змін.";
    public const string Download = "Завантажити контрольні точки (JSON)";
    public const string ListTitle = "Опубліковані контрольні точки";
    public const string Caption = "Контрольні точки, від новіших до старіших";
    public const string At = "Опубліковано (час київський)";
    public const string Count = "Записів у журналі";
    public const string Hash = "Хеш останнього запису (SHA-256)";
    public const string Empty = "Контрольних точок ще не опубліковано.";
    public const string PublishTitle = "Опублікувати контрольну точку";
    public const string PublishLead = "Контрольна точка публікується автоматично раз на добу. Перед важливою подією (наприклад, перед засіданням чи перевіркою) її можна опублікувати негайно.";
    public const string Latest = "Остання контрольна точка";
    public const string PublishNow = "Опублікувати зараз";
    public const string Published = "Контрольну точку опубліковано";
    public const string Unchanged = "Журнал не змінювався після останньої точки: нову не створено";
    public const string EmptyTrail = "Журнал аудиту порожній: публікувати нічого.";
    public const string ToList = "До переліку контрольних точок";
    public const string Chain = "Ланцюжок";
    public const string SystemChain = "Система (події розгортання)";
}
