
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.translation-unreviewed': `لم يراجع أي مختص طبي هذه الترجمة بعد.`,
'helpline.abroad': `الاتصال بالأرقام التي تبدأ بـ 080 مجاني من الهواتف الأرضية والمحمولة داخل المملكة المتحدة. أما من خارج المملكة المتحدة فقد لا يتم الاتصال بها، أو قد لا يكون مجانيًا.`,
'helpline.call': str`اتصل بالرقم ⁦${0}⁩`,
'helpline.closed-unknown': `مغلق الآن.`,
'helpline.dismiss': `إخفاء معلومات خط المساعدة`,
'helpline.freephone': `مكالمة مجانية`,
'helpline.hours-line': str`${0}، ${1} (بتوقيت المملكة المتحدة)`,
'helpline.label': `خط المساعدة`,
'helpline.open-until': str`مفتوح عادةً الآن، حتى ${0}`,
'helpline.opens-on': str`مغلق الآن. يفتح عادةً يوم ${0} الساعة ${1}`,
'helpline.opens-today': str`مغلق الآن. يفتح عادةً اليوم الساعة ${0}`,
'helpline.opens-tomorrow': str`مغلق الآن. يفتح عادةً غدًا الساعة ${0}`,
'helpline.org': `فريق التمريض في Cancer Research UK`,
'helpline.range': str`من ${0} إلى ${1}`,
'helpline.summary': `يرد فريق التمريض في Cancer Research UK على المكالمات على الرقم ⁦0808 800 4040⁩ (مكالمة مجانية)، من الاثنين إلى الجمعة، من 9 صباحًا إلى 5 مساءً بتوقيت المملكة المتحدة.`,
'helpline.uk-and-local-time': str`${0} بتوقيت المملكة المتحدة (${1} بتوقيتك المحلي)`,
'helpline.uk-time': str`${0} بتوقيت المملكة المتحدة`,
'source.attribution': `استنادًا إلى معلومات من Cancer Research UK`,
'source.due-soon': `ستتم مراجعة هذه المعلومات قريبًا.`,
'source.last-reviewed': str`آخر مراجعة للصفحة المصدر: ${0}`,
'source.link': `اقرأ صفحة Cancer Research UK (باللغة الإنجليزية)`,
'source.next-review': str`موعد المراجعة القادمة: ${0}`,
'source.overdue': `فات موعد مراجعة هذه المعلومات، لذا قد يكون بعضها قديمًا. يمكن للطبيب المختص الذي يعالج طفلك أن يخبرك بما هو مناسب لطفلك.`,
    };
  