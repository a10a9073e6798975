# Italian, Portuguese, Russian, Turkish junk (u20-u41). All names, domains, numbers invented.
from mkmail import (same, Leaf, Multi, boundary, mid, ew, addr, ip, dsl_name, hexs, alnum, lower_alnum,
                    dkim, utc_of, tiny_png, tiny_gif, tiny_jpeg, fake_pdf, tiny_zip, placeholder_doc, b64rand, priv)


def u20(r):  # 2004 Italian online pharmacy, html qp
    a = ip(r)
    d = "farmacia%s.info" % lower_alnum(r, 4)
    html = """<html><body>
<p><font face="Arial" size="4" color="#006600"><b>FARMACIA ON-LINE</b></font></p>
<p><font face="Arial" size="2">I farmaci più richiesti a prezzi imbattibili, senza ricetta medica:</font></p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:12px">
<tr><td>Viagra 50mg x 20</td><td>69,00 &euro;</td></tr>
<tr><td>Cialis 20mg x 10</td><td>79,00 &euro;</td></tr>
<tr><td>Xenical 120mg x 42</td><td>99,00 &euro;</td></tr>
<tr><td>Propecia 1mg x 28</td><td>45,00 &euro;</td></tr>
</table>
<p><font face="Arial" size="2">Spedizione anonima in tutta Italia. Pagamento con carta di credito.</font></p>
<p><a href="http://www.%s/it/"><font face="Arial" size="3"><b>Ordina subito</b></font></a></p>
<p><font size="1" color="#999999">%s %s %s %s</font></p>
</body></html>
""" % (d, lower_alnum(r, 9), lower_alnum(r, 6), lower_alnum(r, 11), lower_alnum(r, 5))
    return dict(label="spam", lang="it", kind="online pharmacy", org=3, ui=2, when=(2004, 9, 14, 3, 26, 58), off=-300,
                client="raw", F=dict(frm=addr("Farmacia", "%s@%s" % (lower_alnum(r, 5), d)), subj="Farmaci senza ricetta - sconto %d%%" % r.randint(30, 70),
                                     mid="<%s$%s@%s>" % (hexs(r, 9, True), hexs(r, 9, True), lower_alnum(r, 5)),
                                     order=["Message-ID", "From", "To", "Subject", "Date", "MIME", ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"),
                                            ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1106")]),
                root=Leaf("text/html", html, "iso-8859-1", "quoted-printable", ctfmt="oe"),
                peer=dict(helo=lower_alnum(r, 8), rdns=dsl_name(r, a, "rima-tde.example"), ip=a), envfrom="%s@%s" % (lower_alnum(r, 5), d))


def u21(r):  # 2010 Italian loan (cessione del quinto), outlook 2007 alt
    a = ip(r)
    plain = """Gentile Cliente,

sei dipendente pubblico, privato o pensionato? Con la CESSIONE DEL QUINTO
puoi ottenere fino a 75.000 euro da restituire in comode rate trattenute
direttamente in busta paga.

- Anche con protesti o segnalazioni in CRIF
- Tasso fisso per tutta la durata
- Erogazione in 7 giorni lavorativi

Chiamaci al numero verde 800 000 413 o rispondi a questa e-mail indicando
nome, telefono e importo desiderato.

Cordiali saluti
Ufficio Prestiti
"""
    html = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>\n"
    root = Multi("alternative", [Leaf("text/plain", plain, "iso-8859-1", "quoted-printable", ctfmt="oe"),
                                 Leaf("text/html", html, "iso-8859-1", "quoted-printable", ctfmt="oe")], boundary(r, "oe"), ctfmt="oe")
    d = "prestitifacili%d.it" % r.randint(10, 99)
    return dict(label="spam", lang="it", kind="loan (cessione del quinto)", org=1, ui=2, when=(2010, 6, 8, 10, 12, 0), off=120,
                client="ol03", F=dict(frm=addr("Ufficio Prestiti", "info@" + d), subj="Prestiti fino a 75.000 euro anche a protestati",
                                      mid=mid(r, "oe", d)),
                root=root, peer=dict(helo="mail." + d, rdns="host%d-%d.pool.fastnet-it.example" % (r.randint(2, 250), r.randint(2, 250)), ip=a, tls=False),
                envfrom="info@" + d, auth=dict(spf="neutral"))


def u22(r):  # 2015 Italian fake fattura with .doc, compromised libero account
    a = ip(r)
    n = r.randint(100, 999)
    txt = """Buongiorno,

in allegato le inviamo la fattura n. %d/2015 relativa alla fornitura del
mese di novembre, con scadenza al 30/11/2015.

Per qualsiasi chiarimento restiamo a disposizione.

Distinti saluti

Amministrazione
Tecnoimpianti Ferraro s.n.c.
""" % n
    root = Multi("mixed", [Leaf("text/plain", txt, "iso-8859-1", "7bit" if all(ord(c) < 128 for c in txt) else "8bit", ctfmt="u"),
                           Leaf("application/msword", placeholder_doc(r, "doc"), None, "base64", name="Fattura_%d_2015.doc" % n, disp="attachment")],
                 boundary(r, "java"))
    user = "tecnoimpianti.%s" % lower_alnum(r, 4)
    return dict(label="phish", lang="it", kind="fake invoice (fattura) with .doc", org=0, ui=3, when=(2015, 11, 24, 9, 58, 20), off=60,
                client="raw", F=dict(frm=addr("Amministrazione", user + "@libero.it"), subj="Fattura n. %d/2015" % n,
                                     mid=mid(r, "java", "libero.it"),
                                     order=["Date", "From", "Message-ID", "Subject", "MIME", "To", ("X-Priority", "3"), ("Importance", "normal"), ("X-Mailer", "Libero Mail")]),
                root=root,
                hops=[("from [%s] by smtp-%d.iol.local with HTTP" % (a, r.randint(10, 40)), 60)],
                peer=dict(same("smtp%d.libero.it" % r.randint(200, 220)), ip=ip(r, "198.51.100")),
                envfrom=user + "@libero.it", auth=dict(spf="pass", dkim="none", dmarc="none", from_dom="libero.it"))


def u23(r):  # 2018 Italian weight loss, multipart/related with inline jpeg
    a = ip(r)
    d = "dieta-%s.club" % lower_alnum(r, 5)
    cid = "%s@%s" % (hexs(r, 10), d)
    html = """<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:14px">
<p><img src="cid:%s" alt="" width="300"></p>
<h2>-12 kg in 30 giorni senza dieta e senza palestra</h2>
<p>Una nutrizionista di Bologna ha scoperto un estratto naturale che <b>brucia i grassi anche mentre dormi</b>.
Le farmacie non vogliono che tu lo sappia!</p>
<p>Migliaia di donne italiane lo stanno già usando. Offerta valida solo oggi: 2 confezioni al prezzo di 1.</p>
<p><a href="http://%s/it/offerta?src=em%d">Scopri di più &gt;&gt;</a></p>
<p style="font-size:10px;color:#aaa">Per non ricevere più queste comunicazioni <a href="http://%s/unsub">clicca qui</a>.</p>
</body></html>
""" % (cid, d, r.randint(100, 999), d)
    root = Multi("related", [Leaf("text/html", html, "utf-8", "quoted-printable"),
                             Leaf("image/jpeg", tiny_jpeg(r), None, "base64", name="prima-dopo.jpg", disp="inline", cid=cid)],
                 boundary(r, "rat"))
    return dict(label="spam", lang="it", kind="weight loss", org=4, ui=1, when=(2018, 5, 29, 16, 20, 31), off=120,
                client="raw", F=dict(frm=addr("Salute Naturale", "news@" + d), subj=ew("Perdi 12 kg in 30 giorni (senza dieta)", "UTF-8", "Q"),
                                     mid="<%s@%s>" % (alnum(r, 12), d),
                                     order=["To", "Subject", "From", "Date", "Message-ID", "MIME",
                                            ("List-Unsubscribe", "<http://%s/unsub?e=%s>" % (d, hexs(r, 16)))]),
                root=root, peer=dict(helo="mx." + d, rdns="vps%d.cheap-cloud.example" % r.randint(100, 999), ip=a),
                envfrom="news@" + d)


def u24(r):  # 2022 Italian SEO, gmail short plain
    a = ip(r)
    user = "giulia.seoexpert%d" % r.randint(10, 99)
    txt = """Salve,

ho notato che il vostro sito non compare nella prima pagina di Google
per le parole chiave principali del vostro settore.

Siamo un team di specialisti SEO e possiamo portarvi in prima posizione
in 3 mesi, con garanzia "soddisfatti o rimborsati".

Posso inviarvi un'analisi gratuita del sito e un preventivo?

Grazie,
Giulia
"""
    t = utc_of(2022, 9, 13, 11, 7, 45, 330)
    gpre = [("DKIM-Signature", dkim(r, "gmail.com", "20210112", "to:subject:message-id:date:from:mime-version", t, ln=256)),
            ("X-Google-Smtp-Source", "AMsMyM" + b64rand(r, 45))]
    return dict(label="spam", lang="it", kind="SEO services cold pitch", org=2, ui=0, when=(2022, 9, 13, 11, 7, 45), off=330,
                client="gmail", F=dict(frm=addr("Giulia Rinaldi", user + "@gmail.com", quote=False), subj="Posizionamento su Google", mid=mid(r, "gmail", ""), gpre=gpre),
                root=Leaf("text/plain", txt, "UTF-8", "7bit"),
                hops=[("by mail-pl1-f%d.google.com with SMTP id %s for <contact@cabinet-morel.example>" % (r.randint(100, 199), lower_alnum(r, 12)), -420)],
                peer=dict(same("mail-pl1-f17.google.com"), ip=a), envfrom=user + "@gmail.com",
                auth=dict(spf="pass", dkim="pass", hdrdom="gmail.com"))


# ----------------------------------------------------------------- Portuguese
def u25(r):  # 2006 BR work from home, raw 8bit
    a = ip(r)
    txt = """GANHE DE R$ 3.000 A R$ 8.000 POR MÊS TRABALHANDO EM CASA!!!

Você está cansado de trabalhar para os outros? Quer ter seu próprio
negócio sem sair de casa? Então leia esta mensagem até o final.

Com o nosso sistema comprovado você trabalha apenas 2 horas por dia,
usando o computador e a internet. Não é pirâmide, não é venda de porta
em porta!

Mais de 12.000 brasileiros já estão ganhando dinheiro com o nosso
método. Receba o manual completo por apenas R$ 29,90 (depósito no
Banco do Brasil ou boleto).

Acesse agora: http://www.rendaextra-%s.com.br/
Dúvidas: rendaextra.contato@bol.com.br

Esta mensagem é enviada de acordo com a nova legislação sobre correio
eletrônico, Seção 301, Parágrafo (a) (2) (C) Decreto S. 1618. Para ser
removido da lista responda com REMOVER no assunto.
""" % lower_alnum(r, 4)
    return dict(label="spam", lang="pt-BR", kind="work from home", org=3, ui=3, when=(2006, 2, 20, 20, 33, 9), off=-180,
                client="raw", F=dict(frm="Renda Extra <rendaextra.contato@bol.com.br>", subj=ew("Trabalhe em casa e ganhe até R$ 8.000/mês", "iso-8859-1", "Q", csname="ISO-8859-1"),
                                     mid="<%s@%s>" % (hexs(r, 12), "renda"),
                                     order=["From", "Subject", "To", "Date", "MIME", "Message-ID", ("X-Mailer", "Advanced Mass Sender v 4.1")]),
                root=Leaf("text/plain", txt, "ISO-8859-1", "8bit", ctfmt="u"),
                peer=dict(helo="computador", rdns=dsl_name(r, a, "dsl.telemar-like.example"), ip=a), envfrom="rendaextra.contato@bol.com.br",
                first=(-90, 10))


def u26(r):  # 2011 BR boleto fraud with fake boleto PDF
    a = ip(r)
    dig = " ".join(["%05d.%05d" % (r.randint(0, 99999), r.randint(0, 99999)) for _ in range(3)]) + " %d %d" % (r.randint(1, 9), r.randint(10 ** 13, 10 ** 14))
    txt = """Prezado(a) Cliente,

Identificamos em nosso sistema um débito em aberto referente à sua conta
no valor de R$ 1.284,60, vencido em 05/07/2011.

Para evitar a inclusão do seu CPF/CNPJ nos órgãos de proteção ao crédito
(SPC/SERASA), efetue o pagamento do boleto em anexo até 15/07/2011.

Linha digitável: %s

Caso já tenha efetuado o pagamento, desconsidere esta mensagem.

Atenciosamente,
Departamento de Cobrança
""" % dig
    pdf = fake_pdf(["BOLETO BANCARIO - placeholder", "Cedente: Cobranca Nacional Ltda (inventado)", "Valor: R$ 1.284,60", "Vencimento: 15/07/2011",
                    "Linha digitavel: " + dig])
    root = Multi("mixed", [Multi("alternative", [Leaf("text/plain", txt, "iso-8859-1", "quoted-printable"),
                                                 Leaf("text/html", "<html><body><pre style=\"font-family:Arial\">" + txt + "</pre></body></html>\n", "iso-8859-1", "quoted-printable")],
                                 boundary(r, "oe"), ctfmt="oe"),
                           Leaf("application/pdf", pdf, None, "base64", name="boleto_%d.pdf" % r.randint(100000, 999999), disp="attachment")],
                 boundary(r, "oe"), ctfmt="oe")
    d = "cobranca-%s.com.br" % lower_alnum(r, 5)
    return dict(label="phish", lang="pt-BR", kind="boleto fraud", org=4, ui=2, when=(2011, 7, 11, 13, 40, 2), off=-180,
                client="ol03", F=dict(frm=addr("Cobrança", "cobranca@" + d, cs="iso-8859-1"), subj=ew("Aviso de débito em aberto - 2ª via do boleto", "iso-8859-1", "Q"),
                                      mid=mid(r, "oe", d)),
                root=root, peer=dict(helo="NOTE-%s" % alnum(r, 5), rdns=dsl_name(r, a, "virtua-like.example"), ip=a, tls=False),
                envfrom="cobranca@" + d, auth=dict(spf="none"))


def u27(r):  # 2019 BR sports betting, html utf-8, ESP
    d = "bet-%s.bet.br" % lower_alnum(r, 4)
    tok = alnum(r, 16)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#0b1a2a;font-family:Roboto,Arial">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#102b45;color:#fff">
<tr><td style="padding:26px;font-size:28px;font-weight:bold;color:#29e36b">R$ 500 DE BÔNUS NO PRIMEIRO DEPÓSITO</td></tr>
<tr><td style="padding:0 26px 10px;font-size:16px">Brasileirão, Libertadores, Champions: as melhores odds do mercado e saque via PIX em minutos.</td></tr>
<tr><td style="padding:6px 26px;font-size:14px">&#9917; Aposta grátis de R$ 20 toda sexta<br>&#9889; Cashout antecipado<br>&#127920; Cassino ao vivo com crupiê brasileiro</td></tr>
<tr><td align="center" style="padding:22px"><a href="https://track.%s/r/%s" style="background:#29e36b;color:#0b1a2a;padding:14px 36px;font-weight:bold;text-decoration:none;border-radius:30px">QUERO MEU BÔNUS</a></td></tr>
<tr><td style="padding:14px 26px;font-size:10px;color:#7f93a8">Jogue com responsabilidade. Proibido para menores de 18 anos.<br>
Não quer mais receber? <a href="https://track.%s/unsub/%s" style="color:#7f93a8">Descadastre-se</a></td></tr>
</table></td></tr></table></body></html>
""" % (d, tok, d, tok)
    t = utc_of(2019, 6, 14, 18, 2, 11, -180)
    esp = "mail%d.envios-%s.com" % (r.randint(1, 9), lower_alnum(r, 4))
    return dict(label="spam", lang="pt-BR", kind="sports betting bonus", org=0, ui=2, when=(2019, 6, 14, 18, 2, 11), off=-180,
                client="raw", F=dict(frm=addr("Bet Brasil VIP", "promo@" + d, cs="utf-8", mode="Q"), subj=ew("⚽ Seu bônus de R$ 500 está esperando", "utf-8", "B"),
                                     mid="<%s.%s@%s>" % (r.randint(10 ** 9, 10 ** 10), hexs(r, 10), esp),
                                     order=[("DKIM-Signature", dkim(r, d, "k1", "from:subject:to:mime-version:content-type:list-unsubscribe", t)),
                                            "From", "Subject", "To", "MIME", "Date", "Message-ID",
                                            ("List-Unsubscribe", "<https://track.%s/unsub/%s>" % (d, tok)),
                                            ("X-Mailer", "Mautic")]),
                root=Leaf("text/html", html, "utf-8", "quoted-printable"),
                peer=dict(same(esp), ip=ip(r)), envfrom="bounce+%s@%s" % (hexs(r, 10), esp),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom=d, from_dom=d))


def u28(r):  # 2008 PT Caixa phish html
    a = ip(r)
    lk = "http://cgd-netcaixa.%s.info/cliente/validar.php" % lower_alnum(r, 6)
    html = """<html><body><font face="Verdana" size="2">
<p><b><font color="#0058a0" size="4">Caixa Geral de Depósitos</font></b></p>
<p>Exmo.(a) Senhor(a),</p>
<p>Informamos que o seu acesso ao serviço Caixadirecta Online foi suspenso devido a
uma actualização dos nossos sistemas de segurança.</p>
<p>Para reactivar o seu acesso, é necessário validar os seus dados, incluindo o número de
contrato, código de acesso e as posições do cartão matriz.</p>
<p><a href="%s">Clique aqui para validar os seus dados</a></p>
<p>Os nossos melhores cumprimentos,<br>Caixa Geral de Depósitos<br>Serviço de Apoio ao Cliente</p>
</font></body></html>
""" % lk
    return dict(label="phish", lang="pt-PT", kind="bank phishing (Caixa look-alike)", org=2, ui=0, when=(2008, 12, 2, 7, 15, 48), off=0,
                client="raw", F=dict(frm=addr("Caixa Geral de Depositos", "apoio@cgd-clientes.%s.info" % lower_alnum(r, 5)), subj="Caixadirecta: acesso suspenso",
                                     mid=None, order=["Date", "Subject", "From", "To", "MIME", ("X-Mailer", "Microsoft Outlook Express 6.00.2900.2180")]),
                root=Leaf("text/html", html, "iso-8859-1", "8bit"),
                peer=dict(helo="[%s]" % a, rdns=dsl_name(r, a, "dyn.cabo-pt.example"), ip=a), envfrom="apoio@cgd-clientes.pt", auth=dict(spf="fail"))


def u29(r):  # 2014 PT debt consolidation, windows-1252 plain, Outlook 2010 style
    a = ip(r)
    d = "creditoconsolidado-%s.pt" % lower_alnum(r, 3)
    txt = """Bom dia,

Tem vários créditos e não consegue pagar as prestações ao fim do mês?

A nossa equipa de intermediários de crédito junta todos os seus
empréstimos (pessoal, automóvel, cartões) numa só prestação até 60%
mais baixa, mesmo com incidentes no Banco de Portugal.

Simulação gratuita e sem compromisso em 24 horas.
Basta responder a este email com o seu nome, contacto telefónico e o
valor total das prestações que paga atualmente.

Com os melhores cumprimentos,

Rui Carvalho
Consultor Financeiro
Tel. 21 000 4478
"""
    return dict(label="spam", lang="pt-PT", kind="debt consolidation", org=1, ui=3, when=(2014, 3, 19, 11, 33, 56), off=0,
                client="ol16", F=dict(frm=addr("Rui Carvalho", "rui.carvalho@" + d), subj=ew("Reduza as suas prestações até 60%", "windows-1252", "Q"),
                                      mid=mid(r, "ol", d), xm="Microsoft Outlook 14.0", lang="pt-pt"),
                root=Leaf("text/plain", txt, "windows-1252", "quoted-printable", ctfmt="oe"),
                peer=dict(helo="smtp." + d, rdns="mail.%s.hosting-pt.example" % lower_alnum(r, 5), ip=a), envfrom="rui.carvalho@" + d,
                auth=dict(spf="pass", dkim="none"))


def u30(r):  # 2024 PT CBD oil via ESP, alternative
    d = "oleocbd-natura.pt"
    tok = alnum(r, 18)
    plain = """Olá!

Dores nas costas, insónias, ansiedade? Descubra o nosso óleo de CBD
de espetro completo 10%%, cultivado em modo biológico.

Esta semana: -25%% em todos os óleos com o código OUTONO25
Portes grátis a partir de 39 EUR.

Ver loja: https://go.mailpulse-esp.net/c/%s

Este produto não é um medicamento. Consulte o seu médico.
Cancelar subscrição: https://go.mailpulse-esp.net/unsub/%s
""" % (tok, tok[:9])
    html = """<html><body style="background:#f6f1e8;font-family:'Trebuchet MS',sans-serif">
<div style="max-width:580px;margin:0 auto;background:#fff;padding:24px;border-radius:8px">
<p style="font-size:20px;color:#3f6b35">Dores nas costas, insónias, ansiedade?</p>
<p>Descubra o nosso <b>óleo de CBD de espetro completo 10%%</b>, cultivado em modo biológico.</p>
<p style="background:#3f6b35;color:#fff;padding:10px;text-align:center">-25%% em todos os óleos com o código <b>OUTONO25</b></p>
<p style="text-align:center"><a href="https://go.mailpulse-esp.net/c/%s">Ver loja</a></p>
<p style="font-size:10px;color:#999">Este produto não é um medicamento. <a href="https://go.mailpulse-esp.net/unsub/%s">Cancelar subscrição</a></p>
</div></body></html>
""" % (tok, tok[:9])
    root = Multi("alternative", [Leaf("text/plain", plain, "UTF-8", "quoted-printable", ctfmt="u"), Leaf("text/html", html, "UTF-8", "quoted-printable", ctfmt="u")],
                 boundary(r, "esp"))
    t = utc_of(2024, 10, 22, 9, 0, 4, 60)
    return dict(label="spam", lang="pt-PT", kind="CBD oil", org=3, ui=2, when=(2024, 10, 22, 9, 0, 4), off=60,
                client="raw", F=dict(frm=addr("Natura CBD", "ola@" + d, cs="utf-8"), subj=ew("-25% no óleo de CBD 🌿 só esta semana", "UTF-8", "B"),
                                     mid="<%s@mailpulse-esp.net>" % alnum(r, 30),
                                     order=[("DKIM-Signature", dkim(r, d, "mp2024", "from:to:subject:date:message-id:list-unsubscribe", t)),
                                            ("DKIM-Signature", dkim(r, "mailpulse-esp.net", "esp", "from:to:subject:date", t)),
                                            "From", "To", "Subject", "Date", "Message-ID", "MIME",
                                            ("List-Unsubscribe", "<https://go.mailpulse-esp.net/unsub/%s>" % tok[:9]),
                                            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-MP-Campaign", hexs(r, 12)), ("Precedence", "bulk")]),
                root=root, peer=dict(same("o%d.mta.mailpulse-esp.net" % r.randint(1, 40)), ip=ip(r, "203.0.113")),
                envfrom="bounces+%d-%s@em.oleocbd-natura.pt" % (r.randint(10 ** 6, 10 ** 7), hexs(r, 4)),
                auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom=d, from_dom=d))


# ----------------------------------------------------------------- Russian
def u31(r):  # 2003 Russian accounting seminar, koi8-r 8bit
    a = ip(r)
    txt = """                 НДС И НАЛОГ НА ПРИБЫЛЬ В 2003 ГОДУ:
              ИЗМЕНЕНИЯ ЗАКОНОДАТЕЛЬСТВА И ПРАКТИКА

           Семинар для главных бухгалтеров и финансовых директоров
                     Москва, 24-25 апреля 2003 г.

Программа:
 1. Порядок исчисления НДС по новым правилам. Налоговые вычеты.
 2. Упрощённая система налогообложения: кому выгодна?
 3. Глава 25 НК РФ: расходы, уменьшающие налоговую базу.
 4. Камеральные и выездные проверки: как защитить свои интересы.

Ведущий - эксперт-практик, бывший сотрудник налоговых органов.

Стоимость участия: 5900 руб. (включая НДС), обед и раздаточный материал.
Участникам выдаётся удостоверение о повышении квалификации.

Регистрация и справки по телефонам: (095) 000-41-17, 000-41-18
"""
    return dict(label="spam", lang="ru", kind="seminar advertising (рассылка)", org=4, ui=0, when=(2003, 4, 8, 11, 5, 17), off=240,
                client="bat", F=dict(frm=addr("Учебный центр", "seminar@%s.ru" % lower_alnum(r, 6), cs="koi8-r", mode="B"),
                                     subj=ew("Семинар: НДС и налог на прибыль 2003", "koi8-r", "B"), mid=None, xm="The Bat! (v1.62r)",
                                     reply="seminar-reg@mail.ru"),
                root=Leaf("text/plain", txt, "koi8-r", "8bit", ctfmt="u"),
                peer=dict(helo="pc%d" % r.randint(1, 40), rdns=dsl_name(r, a, "dialup.mtu-like.example"), ip=a, tls=False), envfrom="seminar@%s.ru" % lower_alnum(r, 6),
                first=(-400, 30))


def u32(r):  # 2006 Russian "база данных" html windows-1251
    a = ip(r)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body><table width="560"><tr><td>
<p align="center"><font face="Times New Roman" size="5" color="#990000"><b>КЛИЕНТСКИЕ БАЗЫ ДАННЫХ 2006</b></font></p>
<p><font face="Arial" size="2">Предлагаем базы данных предприятий Москвы и регионов России:</font></p>
<ul><font face="Arial" size="2">
<li>Москва и Московская область - более 700 000 организаций</li>
<li>Санкт-Петербург - 290 000 организаций</li>
<li>Базы по отраслям: строительство, торговля, транспорт, медицина</li>
<li>E-mail адреса для рассылок - 2 миллиона адресов</li>
</font></ul>
<p><font face="Arial" size="2">Поля: название, вид деятельности, адрес, телефон, факс, e-mail, ФИО руководителя.
Формат Excel. Актуальность - март 2006. Доставка на e-mail в день оплаты.</font></p>
<p><font face="Arial" size="3"><b>Тел.: (495) 000-72-19, ICQ 3%d</b></font></p>
</td></tr></table></body></html>
""" % r.randint(10000000, 99999999)
    return dict(label="spam", lang="ru", kind="database sales (база данных)", org=1, ui=0, when=(2006, 3, 28, 15, 44, 2), off=240,
                client="raw", F=dict(frm=addr(None, "%s@%s.ru" % (lower_alnum(r, 6), lower_alnum(r, 7))), subj=ew("базы данных предприятий", "windows-1251", "B", csname="windows-1251"),
                                     mid="<%s$%s@%s>" % (hexs(r, 12), hexs(r, 6), lower_alnum(r, 6)),
                                     order=["From", "To", "Subject", "Date", "MIME", "Message-ID", ("X-Priority", "3"), ("X-Mailer", "Microsoft Outlook Express 6.00.2800.1437")]),
                root=Leaf("text/html", html, "windows-1251", "8bit", ctfmt="oe"),
                peer=dict(helo=lower_alnum(r, 9), rdns=None, ip=a), envfrom="%s@%s.ru" % (lower_alnum(r, 5), lower_alnum(r, 7)), auth=dict(spf="none"))


def u33(r):  # 2009 Russian generic pills, koi8-r qp
    a = ip(r)
    d = "%s-apteka.ru" % lower_alnum(r, 5)
    txt = """Здравствуйте!

Интернет-аптека предлагает дженерики по доступным ценам:
  - Виагра (силденафил) 100 мг - от 45 руб. за таблетку
  - Сиалис (тадалафил) 20 мг - от 75 руб.
  - Препараты для похудения, от облысения, для иммунитета

Доставка курьером по Москве и почтой по всей России.
Анонимно. Оплата при получении.

Каталог: http://%s/catalog/?u=%s

Если письмо попало к вам по ошибке - просто удалите его.
""" % (d, hexs(r, 6))
    return dict(label="spam", lang="ru", kind="pharmacy / generics", org=0, ui=1, when=(2009, 10, 5, 6, 3, 26), off=240,
                client="raw", F=dict(frm=addr("Аптека", "info@" + d, cs="koi8-r", mode="Q"), subj=ew("Дженерики без рецепта - доставка по России", "koi8-r", "Q", csname="KOI8-R"),
                                     mid="<%s.%s@%s>" % (r.randint(10 ** 9, 2 * 10 ** 9), hexs(r, 8), d),
                                     order=["Message-ID", "From", "To", "Subject", "Date", "MIME", ("X-Mailer", "Microsoft Windows Mail 6.0.6000.16386")]),
                root=Leaf("text/plain", txt, "koi8-r", "quoted-printable"),
                peer=dict(helo="[%s]" % a, rdns=dsl_name(r, a, "broadband.corbina-like.example"), ip=a), envfrom="info@" + d)


def u34(r):  # 2013 Sberbank phish html base64
    a = ip(r)
    lk = "http://sberbank-online.%s.ru.%s.com/login/?session=%s" % (lower_alnum(r, 3), lower_alnum(r, 5), hexs(r, 20))
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:13px">
<div style="width:560px;border:1px solid #cfcfcf">
<div style="background:#21a038;color:#fff;padding:10px;font-size:18px">Сбербанк Онлайн</div>
<div style="padding:14px">
<p>Уважаемый клиент!</p>
<p>В связи с переходом на новую систему защиты платежей Ваша учётная запись в системе
«Сбербанк Онлайн» временно заблокирована.</p>
<p>Для разблокировки необходимо подтвердить данные банковской карты (номер карты, срок действия,
CVV2) и одноразовый пароль из SMS.</p>
<p><a href="%s">Подтвердить данные</a></p>
<p>Если данные не будут подтверждены в течение 24 часов, карта будет заблокирована.</p>
<p>С уважением,<br>Служба безопасности</p>
</div></div></body></html>
""" % lk
    dom = "%s.%s.ru" % (lower_alnum(r, 5), lower_alnum(r, 6))
    return dict(label="phish", lang="ru", kind="bank phishing (Sberbank look-alike)", org=3, ui=0, when=(2013, 2, 26, 12, 7, 33), off=240,
                client="php", F=dict(frm=addr("Сбербанк", "info@sberbank-online-support.com", cs="utf-8", mode="B"),
                                     subj=ew("Ваша карта заблокирована", "UTF-8", "B"), mid=mid(r, "php", dom),
                                     xm="PHPMailer 5.2.2 (http://code.google.com/a/apache-extras.org/p/phpmailer/)"),
                root=Leaf("text/html", html, "utf-8", "base64"),
                hops=[("from %s (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s" % (dom, dom, hexs(r, 10, True)), 240)],
                peer=dict(same(dom), ip=a), envfrom="apache@" + dom, auth=dict(spf="none"))


def u35(r):  # 2017 Russian dating, windows-1251 plain, mail.ru
    a = ip(r)
    user = "%s.%s%d" % (r.choice(["nastya", "katya", "olechka", "marina"]), lower_alnum(r, 3), r.randint(80, 99))
    txt = """Привет!)

Ты меня наверное не помнишь, мы переписывались на сайте знакомств
в прошлом году. Я Настя, мне 27, живу в Самаре. Недавно развелась и
решила снова поискать серьёзные отношения.

Я загрузила новые фото в свою анкету, посмотри, если интересно:
http://%s.tk/anketa/id%d

Напиши мне туда, здесь я редко проверяю почту. Жду!!
""" % (lower_alnum(r, 8), r.randint(100000, 999999))
    return dict(label="spam", lang="ru", kind="dating", org=2, ui=2, when=(2017, 8, 17, 21, 16, 3), off=240,
                client="raw", F=dict(frm=addr("Настя", user + "@mail.ru", cs="windows-1251", mode="B", csname="windows-1251"), subj=ew("привет, это я :)", "windows-1251", "B"),
                                     mid=mid(r, "mailru", "f%d.i.mail.ru" % r.randint(100, 499)),
                                     order=["From", "To", "Subject", ("X-Mailer", "Mail.Ru Mailer 1.0"), ("X-Originating-IP", "[%s]" % a), "Date", "Reply-To", "Message-ID", "MIME"]),
                root=Leaf("text/plain", txt, "windows-1251", "base64"),
                hops=[("from [%s] by f%d.i.mail.ru with HTTP" % (a, r.randint(100, 499)), 180)],
                peer=dict(same("f%d.i.mail.ru" % r.randint(100, 499)), ip=ip(r, "198.51.100")),
                envfrom=user + "@mail.ru", auth=dict(spf="pass", dkim="pass", hdrdom="mail.ru"))


def u36(r):  # 2021 Russian crypto/exchange earnings, alternative utf-8
    d = "invest-%s.site" % lower_alnum(r, 5)
    plain = """Добрый день!

Вы зарегистрировались на вебинар «Пассивный доход на криптовалюте».
Ваше место забронировано ещё на 24 часа.

Что вы узнаете:
- как робот-трейдер зарабатывает от 3%% в день на волатильности
- почему банки скрывают эту стратегию
- как начать с 15 000 рублей

Подтвердите участие: https://%s/webinar/confirm?u=%s

Персональный менеджер перезвонит вам в течение часа.
""" % (d, hexs(r, 12))
    html = "<html><body style=\"font-family:Arial\">" + "".join("<p>%s</p>\n" % p.replace("\n", "<br>\n") for p in plain.split("\n\n")) + "</body></html>\n"
    root = Multi("alternative", [Leaf("text/plain", plain, "utf-8", "base64"), Leaf("text/html", html, "utf-8", "base64")], boundary(r, "php6"))
    a = ip(r)
    return dict(label="spam", lang="ru", kind="crypto investment", org=1, ui=2, when=(2021, 1, 19, 10, 2, 44), off=180,
                client="php", F=dict(frm=addr("Инвест Клуб", "webinar@" + d, cs="utf-8", mode="B"), subj=ew("Ваше место на вебинаре сохранено", "UTF-8", "B"),
                                     mid=mid(r, "php", d), xm="PHPMailer 6.1.7 (https://github.com/PHPMailer/PHPMailer)"),
                root=root, peer=dict(helo=d, rdns="%s.vds.hostru.example" % lower_alnum(r, 6), ip=a), envfrom="webinar@" + d,
                auth=dict(spf="softfail", dkim="none", dmarc="none"))


# ----------------------------------------------------------------- Turkish
def u37(r):  # 2007 Turkish kredi kampanya, iso-8859-9 html
    a = ip(r)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9"></head><body>
<table width="500" border="0" align="center"><tr><td bgcolor="#003366"><font face="Tahoma" color="#FFFFFF" size="4"><b>İHTİYAÇ KREDİSİ KAMPANYASI</b></font></td></tr>
<tr><td><font face="Tahoma" size="2">
Değerli müşterimiz,<br><br>
Aylık %%1,29 faiz oranıyla 20.000 YTL'ye kadar ihtiyaç krediniz hemen hesabınızda!<br><br>
- Kefil gerekmez<br>
- Maaş bordrosu şartı yok<br>
- İlk taksit 3 ay sonra<br><br>
Başvuru için adınızı, soyadınızı ve cep telefonunuzu yazarak bu mesajı yanıtlayın,
müşteri temsilcimiz sizi arasın.<br><br>
<a href="http://www.kredi-%s.com/basvuru.asp">Online başvuru</a>
</font></td></tr></table></body></html>
""" % lower_alnum(r, 5)
    return dict(label="spam", lang="tr", kind="loan campaign (kredi kampanya)", org=4, ui=3, when=(2007, 9, 4, 14, 2, 30), off=180,
                client="raw", F=dict(frm=addr("Kredi Merkezi", "basvuru@kredi-%s.com" % lower_alnum(r, 5)), subj=ew("İhtiyaç kredisi kampanyası - %1,29 faiz", "iso-8859-9", "Q", csname="ISO-8859-9"),
                                     mid=mid(r, "oe", "kredi"),
                                     order=["Message-ID", "From", "To", "Subject", "Date", "MIME", ("X-Priority", "3"), ("X-MSMail-Priority", "Normal"), ("X-Mailer", "Microsoft Outlook Express 6.00.2900.3138")]),
                root=Leaf("text/html", html, "iso-8859-9", "quoted-printable", ctfmt="oe"),
                peer=dict(helo="ev-pc", rdns=dsl_name(r, a, "dynamic.ttnet-like.example"), ip=a), envfrom="basvuru@kredi.com")


def u38(r):  # 2012 Turkish betting bonus, windows-1254 plain
    a = ip(r)
    d = "bahis%d.com" % r.randint(100, 999)
    txt = """Merhaba,

Türkiye'nin en yüksek oranlarıyla canlı bahis keyfi!

* Yeni üyelere 200 TL deneme bonusu
* Süper Lig ve Avrupa maçlarında canlı bahis
* Canlı casino, rulet, blackjack
* 7/24 Türkçe destek, hızlı para çekme

Güncel giriş adresimiz: http://www.%s/giris
Adres değişikliklerini kaçırmamak için bizi takip edin.

İyi şanslar!
""" % d
    return dict(label="spam", lang="tr", kind="betting bonus", org=0, ui=0, when=(2012, 4, 7, 19, 25, 10), off=180,
                client="raw", F=dict(frm=addr("Bahis VIP", "destek@" + d), subj=ew("200 TL deneme bonusu sizi bekliyor", "windows-1254", "Q"),
                                     mid="<%s@%s>" % (hexs(r, 16), d), reply="uyelik.%s@hotmail.com" % lower_alnum(r, 5),
                                     order=["Reply-To", "From", "To", "Subject", "Date", "Message-ID", "MIME"]),
                root=Leaf("text/plain", txt, "windows-1254", "8bit"),
                peer=dict(helo="mail." + d, rdns=None, ip=a), envfrom="destek@" + d, auth=dict(spf="none"))


def u39(r):  # 2016 Turkish e-Devlet tax refund phish, utf-8 html
    a = ip(r)
    lk = "http://edevlet-iade.%s.xyz/giris.php?tc=%s" % (lower_alnum(r, 4), hexs(r, 10))
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:14px;color:#333">
<div style="background:#c8102e;color:#fff;padding:12px;font-size:18px"><b>e-Devlet Kapısı</b> | T.C. Gelir İdaresi Başkanlığı</div>
<p>Sayın Vatandaşımız,</p>
<p>2015 yılına ait vergi beyannameniz incelenmiş olup <b>843,50 TL</b> tutarında vergi iadesi
almaya hak kazandığınız tespit edilmiştir.</p>
<p>İadenin banka hesabınıza aktarılabilmesi için T.C. kimlik numaranız ve kart bilgileriniz ile
aşağıdaki formu doldurmanız gerekmektedir.</p>
<p><a href="%s" style="color:#c8102e"><b>İade başvurusu yap</b></a></p>
<p>Başvuru süresi 5 iş günüdür.</p>
<p>Saygılarımızla,<br>Gelir İdaresi Başkanlığı</p>
</body></html>
""" % lk
    dom = "%s.tr-hosting.example" % lower_alnum(r, 6)
    return dict(label="phish", lang="tr", kind="tax refund phishing (e-Devlet)", org=1, ui=1, when=(2016, 12, 6, 9, 51, 2), off=120,
                client="php", F=dict(frm=addr("e-Devlet", "bilgi@turkiye-gov-tr.%s.xyz" % lower_alnum(r, 4)), subj=ew("Vergi iadesi bildirimi", "utf-8", "Q"),
                                     mid=mid(r, "php", dom), xm="PHPMailer 5.2.16 (https://github.com/PHPMailer/PHPMailer)"),
                root=Leaf("text/html", html, "utf-8", "quoted-printable"),
                peer=dict(same(dom), ip=a), envfrom="nobody@" + dom, auth=dict(spf="neutral", dkim="none"))


def u40(r):  # 2020 Turkish kampanya giveaway, utf-8 html base64
    a = ip(r)
    d = "kampanya-%s.online" % lower_alnum(r, 5)
    html = """<html><body style="font-family:Arial;text-align:center">
<h2 style="color:#e2001a">Tebrikler! Çekilişi kazandınız 🎉</h2>
<p>Yılbaşı kampanyamız kapsamında e-posta adresiniz <b>iPhone 12 Pro</b> çekilişinde kazanan olarak seçildi.</p>
<p>Ödülünüzü almak için sadece kargo ücreti olan <b>9,90 TL</b> ödemeniz yeterli.</p>
<p><a href="https://%s/odul?k=%s" style="background:#e2001a;color:#fff;padding:12px 22px;text-decoration:none">Ödülümü al</a></p>
<p style="font-size:11px;color:#888">Kampanya 31.12.2020 tarihinde sona erer. Stoklarla sınırlıdır.</p>
</body></html>
""" % (d, alnum(r, 8))
    return dict(label="spam", lang="tr", kind="giveaway (kampanya)", org=2, ui=3, when=(2020, 12, 21, 12, 40, 19), off=180,
                client="raw", F=dict(frm=addr("Kampanya Merkezi", "%s@%s" % (lower_alnum(r, 8), d)), subj=ew("Tebrikler! Hediye iPhone 12 Pro kazandınız", "UTF-8", "B"),
                                     mid=None, order=["Subject", "From", "To", "Date", "MIME", ("X-Mailer", "Microsoft Outlook Express 6.00.2900.5512")]),
                root=Leaf("text/html", html, "utf-8", "base64"),
                peer=dict(helo="[%s]" % a, rdns=None, ip=a), envfrom="%s@%s" % (lower_alnum(r, 6), d), auth=dict(spf="fail"))


def u41(r):  # 2025 Turkish weight loss, iPhone-looking, utf-8 qp, short
    a = ip(r)
    txt = """Merhaba,

Doğal bitkisel kapsüllerle 4 haftada 8 kiloya kadar verin!
Diyetisyen onaylı, yan etkisiz. Kapıda ödeme, ücretsiz kargo.

Sipariş: https://%s.shop/tr

Sağlıklı günler dileriz.
""" % lower_alnum(r, 9)
    user = "%s.%s" % (lower_alnum(r, 5), lower_alnum(r, 4))
    return dict(label="spam", lang="tr", kind="weight loss", org=4, ui=0, when=(2025, 6, 2, 17, 33, 40), off=180,
                client="iphone", F=dict(frm=addr("Sağlık Dünyası", user + "@hotmail.com", cs="utf-8"), subj=ew("4 haftada 8 kilo 😱", "utf-8", "B"),
                                        mid="<%s-%s-%s-%s-%s@hotmail.com>" % (hexs(r, 8, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 4, True), hexs(r, 12, True)),
                                        xm="iPhone Mail (22E252)"),
                root=Leaf("text/plain", txt, "utf-8", "quoted-printable"),
                hops=[("from %s (2603:10a6:%s::%s) by %s with Microsoft SMTP Server (version=TLS1_2,\r\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d" % (
                    "PAXP193MB%04d.EURP193.PROD.OUTLOOK.COM" % r.randint(1000, 9999), hexs(r, 3), hexs(r, 2), "DU0P193MB%04d.EURP193.PROD.OUTLOOK.COM" % r.randint(1000, 9999), r.randint(8000, 9000), r.randint(10, 40)), 0)],
                peer=dict(helo="EUR05-DB8-obe.outbound.protection.outlook.com", rdns="mail-db8eur05olkn%d.outbound.protection.outlook.com" % r.randint(2000, 2100), ip=ip(r, "198.51.100")),
                envfrom=user + "@hotmail.com", auth=dict(spf="pass", dkim="pass", dmarc="pass", hdrdom="hotmail.com"))


MSGS = [u20, u21, u22, u23, u24, u25, u26, u27, u28, u29, u30, u31, u32, u33, u34, u35, u36, u37, u38, u39, u40, u41]
