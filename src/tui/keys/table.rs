//! Every key of the UI, one binding per line. Help, the hint bar and the
//! README's key table are generated from this list; a test fails when a
//! user-facing action has no key where the UI offers it.

use super::Context as C;
use super::{Binding, When, alt, bind, code, ctrl, k};
use crate::tui::action::Action::*;
use crossterm::event::KeyCode as K;

#[rustfmt::skip]
pub const BINDINGS: &[Binding] = &[
    // Anywhere outside a dialog.
    bind(&[k('q'), ctrl('c')], Quit).en("quit").ar("خروج").hint(),
    bind(&[k('?')], Help).en("help").ar("مساعدة").hint(),
    bind(&[code(K::Tab)], NextPane).en("next pane").ar("اللوحة التالية").hint(),
    bind(&[code(K::BackTab)], PrevPane).en("previous pane").ar("اللوحة السابقة"),
    bind(&[code(K::Down), k('j')], Down).en("down").ar("إلى الأسفل"),
    bind(&[code(K::Up), k('k')], Up).en("up").ar("إلى الأعلى"),
    bind(&[code(K::PageDown), ctrl('d')], PageDown).en("page down").ar("صفحة إلى الأسفل"),
    bind(&[code(K::PageUp), ctrl('u')], PageUp).en("page up").ar("صفحة إلى الأعلى"),
    bind(&[k('g'), code(K::Home)], Top).en("first").ar("الأول"),
    bind(&[k('G'), code(K::End)], Bottom).en("last").ar("الأخير"),
    bind(&[k(']')], NextArticle).en("next article on the event").ar("التالي: مقال آخر عن الحدث").hint().when(When::Articles),
    bind(&[k('[')], PrevArticle).en("previous article on the event").ar("السابق: مقال آخر عن الحدث").when(When::Articles),
    bind(&[k('}')], NextPassage).en("next passage of the event").ar("التالي: مقطع آخر عن الحدث").hint().when(When::Passages),
    bind(&[k('{')], PrevPassage).en("previous passage of the event").ar("السابق: مقطع آخر عن الحدث").when(When::Passages),
    bind(&[k('b'), alt(K::Left)], Back).en("back").ar("رجوع").hint().when(When::Back),
    bind(&[k('B'), alt(K::Right)], Forward).en("forward").ar("تقدُّم").when(When::Forward),
    bind(&[k('x')], Entities).en("actors & places").ar("الفاعلون والأماكن").hint().when(When::Event),
    bind(&[k('/')], Search).en("search").ar("بحث").hint(),
    bind(&[k('n')], NextHit).en("next search hit").ar("النتيجة التالية").when(When::Search),
    bind(&[k('N')], PrevHit).en("previous search hit").ar("النتيجة السابقة").when(When::Search),
    bind(&[k('f')], Filter).en("filter").ar("تصفية").hint(),
    bind(&[k('F')], ClearFilter).en("clear filter & search").ar("إلغاء التصفية والبحث").hint().when(When::Filtered),
    bind(&[k('m'), k(' ')], Mark).en("mark").ar("تعليم").hint().when(When::Event),
    bind(&[k('v')], MarkRange).en("mark a range (at both ends)").ar("تعليم نطاق (عند طرفيه)").when(When::Event),
    bind(&[k('M')], ClearMarks).en("clear marks").ar("مسح العلامات").when(When::Marks),
    bind(&[k('y')], Copy).en("copy the passage with its citation").ar("نسخ المقطع مع مصدره").hint().when(When::Event),
    bind(&[k('e')], Export).en("export").ar("تصدير").hint(),
    bind(&[k('L')], Language).en("interface in العربية").ar("الواجهة بالإنجليزية English"),
    bind(&[code(K::Esc)], Cancel).en("cancel the range / back to the event's passage").ar("إلغاء النطاق / العودة إلى مقطع الحدث").when(When::Cancellable),
    bind(&[k('u')], UndoDecision).en("undo the last decision on a draft").ar("إلغاء آخر قرار على مسودة").hint().when(When::Undo),
    bind(&[ctrl('z')], Suspend).en("suspend (fg resumes)").ar("تعليق (fg للعودة)"),

    // The timeline.
    bind(&[code(K::Enter)], Follow).on(C::Timeline).en("open the passage").ar("فتح المقطع").hint().when(When::Event),
    bind(&[k('A')], Accept).on(C::Timeline).en("accept the draft").ar("قبول المسودة").hint().when(When::Draft),
    bind(&[k('X')], Reject).on(C::Timeline).en("reject the draft").ar("رفض المسودة").hint().when(When::Draft),
    bind(&[k('i')], Info).on(C::Timeline).en("the event in full").ar("الحدث كاملًا").hint().when(When::Event),

    // The article.
    bind(&[code(K::Enter)], Follow).on(C::Article).en("passage → its event").ar("المقطع ← حدثه").hint().when(When::Event),
    bind(&[k('i')], Info).on(C::Article).en("the article's record").ar("سجل المقال").hint().when(When::Event),
    bind(&[k('o')], OutletOnly).on(C::Article).en("only this outlet's passages / all").ar("مقاطع هذه الوسيلة فقط / الكل").hint().when(When::Articles),
    bind(&[k(')')], NextCited).on(C::Article).en("next cited passage (any event)").ar("التالي: مقطع مستشهد به (أي حدث)").hint().when(When::Cited),
    bind(&[k('(')], PrevCited).on(C::Article).en("previous cited passage (any event)").ar("السابق: مقطع مستشهد به (أي حدث)").when(When::Cited),

    // The casualty figures.
    bind(&[code(K::Enter)], Follow).on(C::Claims).en("figure → its passage").ar("الرقم ← مقطعه").hint().when(When::Claim),
    bind(&[k('i')], Info).on(C::Claims).en("the figure in full").ar("الرقم كاملًا").hint().when(When::Claim),
    bind(&[k('A')], Accept).on(C::Claims).en("accept the draft").ar("قبول المسودة").hint().when(When::Draft),
    bind(&[k('X')], Reject).on(C::Claims).en("reject the draft").ar("رفض المسودة").hint().when(When::Draft),
    bind(&[k('l')], LogScale).on(C::Claims).en("log/linear bars").ar("أعمدة لوغاريتمية/خطية").hint(),
    bind(&[k('s')], SortClaims).on(C::Claims).en("order: figure / date / claimant / as given").ar("الترتيب: الرقم / التاريخ / صاحب الرقم / كما ورد").hint(),
    bind(&[k('c')], Relations).on(C::Claims).en("every conflict in view").ar("كل التعارضات في العرض").hint(),
    bind(&[k('a')], ClaimScope).on(C::Claims).en("event / all figures").ar("الحدث / كل الأرقام").hint(),

    // Help.
    bind(&[code(K::Down), k('j')], Down).on(C::Help).en("scroll down").ar("تمرير إلى الأسفل").hint(),
    bind(&[code(K::Up), k('k')], Up).on(C::Help).en("scroll up").ar("تمرير إلى الأعلى").hint(),
    bind(&[code(K::PageDown), ctrl('d')], PageDown).on(C::Help).en("page down").ar("صفحة إلى الأسفل"),
    bind(&[code(K::PageUp), ctrl('u')], PageUp).on(C::Help).en("page up").ar("صفحة إلى الأعلى"),
    bind(&[k('g'), code(K::Home)], Top).on(C::Help).en("top").ar("البداية"),
    bind(&[k('G'), code(K::End)], Bottom).on(C::Help).en("bottom").ar("النهاية"),
    bind(&[code(K::Esc), k('?'), k('q')], Close).on(C::Help).en("close help").ar("إغلاق المساعدة").hint(),

    // A record (`i`).
    bind(&[code(K::Down), k('j')], Down).on(C::Info).en("next link").ar("الرابط التالي").hint(),
    bind(&[code(K::Up), k('k')], Up).on(C::Info).en("previous link").ar("الرابط السابق").hint(),
    bind(&[code(K::PageDown), ctrl('d')], PageDown).on(C::Info).en("page down").ar("صفحة إلى الأسفل"),
    bind(&[code(K::PageUp), ctrl('u')], PageUp).on(C::Info).en("page up").ar("صفحة إلى الأعلى"),
    bind(&[k('g'), code(K::Home)], Top).on(C::Info).en("top").ar("البداية"),
    bind(&[k('G'), code(K::End)], Bottom).on(C::Info).en("bottom").ar("النهاية"),
    bind(&[code(K::Enter)], Submit).on(C::Info).en("follow the link").ar("اتباع الرابط").hint(),
    bind(&[code(K::Esc), k('i'), k('q')], Close).on(C::Info).en("close").ar("إغلاق").hint(),

    // The search prompt.
    bind(&[code(K::Enter)], Submit).on(C::Search).en("search").ar("بحث").hint(),
    bind(&[code(K::Esc)], Close).on(C::Search).en("cancel").ar("إلغاء").hint(),
    bind(&[code(K::Tab)], WholeWords).on(C::Search).en("whole words on/off").ar("كلمات كاملة/أي جزء").hint(),
    bind(&[code(K::Left)], CursorLeft).on(C::Search).en("cursor left").ar("المؤشر يسارًا"),
    bind(&[code(K::Right)], CursorRight).on(C::Search).en("cursor right").ar("المؤشر يمينًا"),
    bind(&[code(K::Home), ctrl('a')], CursorHome).on(C::Search).en("start of the text").ar("بداية النص"),
    bind(&[code(K::End), ctrl('e')], CursorEnd).on(C::Search).en("end of the text").ar("نهاية النص"),
    bind(&[code(K::Backspace)], DeleteBack).on(C::Search).en("delete before the cursor").ar("حذف ما قبل المؤشر"),
    bind(&[code(K::Delete)], DeleteForward).on(C::Search).en("delete after the cursor").ar("حذف ما بعد المؤشر"),
    bind(&[ctrl('u')], ClearField).on(C::Search).en("clear the text").ar("مسح النص"),

    // The filter form.
    bind(&[code(K::Enter)], Submit).on(C::Filter).en("apply").ar("تطبيق").hint(),
    bind(&[code(K::Esc)], Close).on(C::Filter).en("close").ar("إغلاق").hint(),
    bind(&[code(K::Tab), code(K::Down)], NextField).on(C::Filter).en("next field").ar("الحقل التالي").hint(),
    bind(&[code(K::BackTab), code(K::Up)], PrevField).on(C::Filter).en("previous field").ar("الحقل السابق"),
    bind(&[code(K::Left)], CursorLeft).on(C::Filter).en("cursor left").ar("المؤشر يسارًا"),
    bind(&[code(K::Right)], CursorRight).on(C::Filter).en("cursor right").ar("المؤشر يمينًا"),
    bind(&[code(K::Home), ctrl('a')], CursorHome).on(C::Filter).en("start of the field").ar("بداية الحقل"),
    bind(&[code(K::End), ctrl('e')], CursorEnd).on(C::Filter).en("end of the field").ar("نهاية الحقل"),
    bind(&[code(K::Backspace)], DeleteBack).on(C::Filter).en("delete before the cursor").ar("حذف ما قبل المؤشر"),
    bind(&[code(K::Delete)], DeleteForward).on(C::Filter).en("delete after the cursor").ar("حذف ما بعد المؤشر"),
    bind(&[ctrl('u')], ClearField).on(C::Filter).en("clear the field").ar("مسح الحقل").hint(),

    // The actor and place picker.
    bind(&[code(K::Down), k('j')], Down).on(C::Picker).en("down").ar("إلى الأسفل").hint(),
    bind(&[code(K::Up), k('k')], Up).on(C::Picker).en("up").ar("إلى الأعلى").hint(),
    bind(&[code(K::PageDown), ctrl('d')], PageDown).on(C::Picker).en("page down").ar("صفحة إلى الأسفل"),
    bind(&[code(K::PageUp), ctrl('u')], PageUp).on(C::Picker).en("page up").ar("صفحة إلى الأعلى"),
    bind(&[k('g'), code(K::Home)], Top).on(C::Picker).en("first").ar("الأول"),
    bind(&[k('G'), code(K::End)], Bottom).on(C::Picker).en("last").ar("الأخير"),
    bind(&[code(K::Enter)], Submit).on(C::Picker).en("show its events").ar("عرض أحداثه").hint(),
    bind(&[code(K::Esc)], Close).on(C::Picker).en("close").ar("إغلاق").hint(),

    // The export dialog.
    bind(&[code(K::Tab), code(K::Down)], NextField).on(C::Export).en("next field").ar("الحقل التالي").hint(),
    bind(&[code(K::BackTab), code(K::Up)], PrevField).on(C::Export).en("previous field").ar("الحقل السابق"),
    bind(&[code(K::Right), k('l')], NextValue).on(C::Export).en("next choice").ar("الخيار التالي").hint().when(When::Choice),
    bind(&[code(K::Left), k('h')], PrevValue).on(C::Export).en("previous choice").ar("الخيار السابق").hint().when(When::Choice),
    bind(&[code(K::Left)], CursorLeft).on(C::Export).en("cursor left").ar("المؤشر يسارًا").when(When::Text),
    bind(&[code(K::Right)], CursorRight).on(C::Export).en("cursor right").ar("المؤشر يمينًا").when(When::Text),
    bind(&[code(K::Home), ctrl('a')], CursorHome).on(C::Export).en("start of the name").ar("بداية الاسم").when(When::Text),
    bind(&[code(K::End), ctrl('e')], CursorEnd).on(C::Export).en("end of the name").ar("نهاية الاسم").when(When::Text),
    bind(&[code(K::Backspace)], DeleteBack).on(C::Export).en("delete before the cursor").ar("حذف ما قبل المؤشر").when(When::Text),
    bind(&[code(K::Delete)], DeleteForward).on(C::Export).en("delete after the cursor").ar("حذف ما بعد المؤشر").when(When::Text),
    bind(&[ctrl('u')], ClearField).on(C::Export).en("clear the name").ar("مسح الاسم").when(When::Text),
    bind(&[code(K::Enter)], Submit).on(C::Export).en("write the file").ar("كتابة الملف").hint(),
    bind(&[code(K::Esc)], Close).on(C::Export).en("close").ar("إغلاق").hint(),
];
