
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.translation-unreviewed': `Nid yw adolygydd meddygol wedi gwirio’r cyfieithiad hwn eto.`,
'helpline.abroad': `Mae rhifau sy’n dechrau gyda 080 yn rhad ac am ddim i’w ffonio o linellau tir a ffonau symudol yn y DU. O’r tu allan i’r DU, efallai na fyddan nhw’n cysylltu, neu efallai na fyddan nhw’n rhad ac am ddim.`,
'helpline.call': str`Ffonio ${0}`,
'helpline.closed-unknown': `Ar gau nawr.`,
'helpline.dismiss': `Cuddio gwybodaeth y llinell gymorth`,
'helpline.freephone': `Rhadffôn`,
'helpline.hours-line': str`${0}, ${1} (amser y DU)`,
'helpline.label': `Llinell gymorth`,
'helpline.open-until': str`Fel arfer ar agor nawr, tan ${0}`,
'helpline.opens-on': str`Ar gau nawr. Fel arfer yn agor nesaf: ${0} am ${1}`,
'helpline.opens-today': str`Ar gau nawr. Fel arfer yn agor heddiw am ${0}`,
'helpline.opens-tomorrow': str`Ar gau nawr. Fel arfer yn agor yfory am ${0}`,
'helpline.org': `Nyrsys Cancer Research UK`,
'helpline.range': str`${0} – ${1}`,
'helpline.summary': `Mae nyrsys Cancer Research UK yn ateb galwadau ar 0808 800 4040 (Rhadffôn), o ddydd Llun i ddydd Gwener, 9am tan 5pm amser y DU.`,
'helpline.uk-and-local-time': str`${0} amser y DU (${1} eich amser chi)`,
'helpline.uk-time': str`${0} amser y DU`,
'source.attribution': `Yn seiliedig ar wybodaeth gan Cancer Research UK`,
'source.due-soon': `Bydd yr wybodaeth hon yn cael ei hadolygu cyn bo hir.`,
'source.last-reviewed': str`Adolygwyd y dudalen ffynhonnell ddiwethaf: ${0}`,
'source.link': `Darllen tudalen Cancer Research UK (yn Saesneg)`,
'source.next-review': str`Adolygiad nesaf: ${0}`,
'source.overdue': `Mae’r wybodaeth hon yn hwyr yn cael ei hadolygu, felly gall rhywfaint ohoni fod wedi dyddio. Gall arbenigwr eich plentyn ddweud wrthych chi beth sy’n iawn i’ch plentyn.`,
    };
  