
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.translation-unreviewed': `⟦Ţĥîîšš ţŕááñšļááţîîööñ ĥááš ñööţ ýýéţ ƀééééñ çĥééçķééðð ƀýý á ɱééðîîçááļ ŕééṽîîééŵéŕ.⟧`,
'helpline.abroad': `⟦Ñûûɱƀééŕšš ţĥááţţ šţááŕţţ ŵîîţĥĥ 080 ááŕé ƒŕéééé ţöö çááļļļ ƒŕööɱɱ ÛÛĶ ļááñðļîîñééšš ááñð ɱööƀîîļééš. Ƒŕööɱɱ ööûûţšîîðé ţĥéé ÛÛĶ ţĥééýý ɱááý ñööţ çööññééçţţ, ööŕ ɱááý ñööţ ƀéé ƒŕéééé.⟧`,
'helpline.call': str`⟦Çááļļļ ${0}⟧`,
'helpline.closed-unknown': `⟦Çļööšééð ñööŵ.⟧`,
'helpline.dismiss': `⟦Ĥîîðéé ĥééļþļîîñéé îîñƒööŕɱááţîîöñ⟧`,
'helpline.freephone': `⟦Ƒŕééééþĥööñéé⟧`,
'helpline.hours-line': str`⟦${0}, ${1} (ÛÛĶ ţîîɱéé)⟧`,
'helpline.label': `⟦Ĥééļþļîîñéé⟧`,
'helpline.open-until': str`⟦ÛÛšûûááļļý ööþééñ ñööŵ, ûûñţîîļ ${0}⟧`,
'helpline.opens-on': str`⟦Çļööšééð ñööŵ. ÛÛšûûááļļý ööþééñš ööñ ${0} ááţ ${1}⟧`,
'helpline.opens-today': str`⟦Çļööšééð ñööŵ. ÛÛšûûááļļý ööþééñš ţööðááý ááţ ${0}⟧`,
'helpline.opens-tomorrow': str`⟦Çļööšééð ñööŵ. ÛÛšûûááļļý ööþééñš ţööɱööŕŕööŵ ááţ ${0}⟧`,
'helpline.org': `⟦Çááñçééŕ Ŕééšééááŕçĥ ÛÛĶ ñûûŕšééš⟧`,
'helpline.range': str`⟦${0} ţöö ${1}⟧`,
'helpline.summary': `⟦Ţĥéé ñûûŕšééš ááţ Çááñçééŕ Ŕééšééááŕçĥ ÛÛĶ ţááķéé çááļļšš ööñ 0808 800 4040 (Ƒŕééééþĥööñéé), Ṁööñðááý ţöö Ƒŕîîðááý, 9ááɱ ţöö 5þɱɱ ÛÛĶ ţîîɱéé.⟧`,
'helpline.uk-and-local-time': str`⟦${0} ÛÛĶ ţîîɱéé (${1} ýýööûŕ ţîîɱéé)⟧`,
'helpline.uk-time': str`⟦${0} ÛÛĶ ţîîɱéé⟧`,
'source.attribution': `⟦Ɓáášééð ööñ îîñƒööŕɱááţîîöñ ƒŕööɱɱ Çááñçééŕ Ŕééšééááŕçĥ ÛÛĶ⟧`,
'source.due-soon': `⟦Ţĥîîšš îîñƒööŕɱááţîîöñ îîš ðûûé ţöö ƀéé ŕééṽîîééŵéð šööööñ.⟧`,
'source.last-reviewed': str`⟦Šööûûŕçé þááĝéé ļáášţţ ŕééṽîîééŵéð: ${0}⟧`,
'source.link': `⟦Ŕééááð ţĥéé Çááñçééŕ Ŕééšééááŕçĥ ÛÛĶ þááĝéé⟧`,
'source.next-review': str`⟦Ñééẋţţ ŕééṽîîéŵ ðûûé: ${0}⟧`,
'source.overdue': `⟦Ţĥîîšš îîñƒööŕɱááţîîöñ îîš ööṽééŕðûûé ƒööŕ ŕééṽîîéŵ, šöö šööɱéé ööƒ îîţ ɱááý ƀéé ööûţ ööƒ ðááţéé. ÝÝööûŕ çĥîîļðð’š šþééçîîááļîîšţ çááñ ţééļļļ ýýöû ŵĥááţţ îîš ŕîîĝĥţţ ƒööŕ ýýööûŕ çĥîîļðð.⟧`,
    };
  