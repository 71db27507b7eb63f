
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.translation-unreviewed': `Ningún revisor médico ha comprobado todavía esta traducción.`,
'helpline.abroad': `Los números que empiezan por 080 son gratuitos desde teléfonos fijos y móviles del Reino Unido. Desde fuera del Reino Unido puede que no funcionen o que no sean gratuitos.`,
'helpline.call': str`Llamar al ${0}`,
'helpline.closed-unknown': `Cerrado ahora.`,
'helpline.dismiss': `Ocultar la información de la línea de ayuda`,
'helpline.freephone': `Llamada gratuita`,
'helpline.hours-line': str`${0}, ${1} (hora del Reino Unido)`,
'helpline.label': `Línea de ayuda`,
'helpline.open-until': str`Normalmente abierto ahora, hasta las ${0}`,
'helpline.opens-on': str`Cerrado ahora. Normalmente abre el ${0} a las ${1}`,
'helpline.opens-today': str`Cerrado ahora. Normalmente abre hoy a las ${0}`,
'helpline.opens-tomorrow': str`Cerrado ahora. Normalmente abre mañana a las ${0}`,
'helpline.org': `Enfermeras de Cancer Research UK`,
'helpline.range': str`${0} a ${1}`,
'helpline.summary': `Las enfermeras de Cancer Research UK atienden llamadas en el 0808 800 4040 (gratuito), de lunes a viernes, de 9:00 a 17:00, hora del Reino Unido.`,
'helpline.uk-and-local-time': str`${0} hora del Reino Unido (${1} en su hora local)`,
'helpline.uk-time': str`${0} hora del Reino Unido`,
'source.attribution': `Basado en información de Cancer Research UK`,
'source.due-soon': `Esta información se revisará pronto.`,
'source.last-reviewed': str`Última revisión de la página de origen: ${0}`,
'source.link': `Leer la página de Cancer Research UK (en inglés)`,
'source.next-review': str`Próxima revisión prevista: ${0}`,
'source.overdue': `Esta información tiene pendiente una revisión, así que parte de ella puede estar desactualizada. El especialista de su hijo o hija puede decirle qué es lo adecuado en su caso.`,
    };
  