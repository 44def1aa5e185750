"""Given names that name one sex in nearly every use: a he or she the article never states.

The lists hold common given names of the English-speaking world and of the countries
whose news is most often read in English, each kept only where it names one sex in
nearly every use; names given to both, or to the other sex elsewhere (Alex, Jordan,
Kim, Jean, Andrea, Nicola, Sasha, Joan, Karen, Marion, Dale), are in neither. What the
article settles (a relative's word, its pronouns by two or more) comes first: a name
only outweighs a single pronoun, or breaks a tie where the article says nothing.
"""

from __future__ import annotations

from newsread.wordlists import word_set

#: Given names of men.
MEN = word_set("""
 aaron abdul abdullah abraham adam adrian ahmad ahmed  alan albert alberto alejandro
 alexander alexei alfred alistair andre andrei andres andrew angus anthony antonio
 anwar arjun arnold arthur barack barry ben benjamin bernard bill billy bob bobby boris
 brad bradley brandon brendan brian bruce bruno callum calvin carl carlos charles clive
 colin conor craig  damian daniel darren dave david declan dennis derek diego dmitry
 dominic donald douglas duncan  edward eduardo elijah emmanuel enrique eric ethan
 eugene fabio fernando francesco francisco frank franz fraser fred frederick gabriel gareth
 gary gavin geoffrey george gerald gerard giovanni giuseppe glen gordon graham greg
 gregory guillermo gustavo hamish hans harold harry hassan hector henry howard hugh hugo
 hussein ian ibrahim igor ivan jack jacob jake james jason javier jeffrey jeremy jerome
 jim jimmy joe joel johan john johnny jonathan jorge jose joseph joshua juan julian justin
 karl keith kenneth kevin khalid kieran kyle lars lawrence leonard lewis liam lionel lorenzo
 louis luca lucas luigi luis luke malcolm manuel marco marcus mario mark martin matteo
 matthew mauricio max michael miguel mikhail mohamed mohammad mohammed muhammad nathan neil
 nicholas nick nigel noah oliver omar oscar owen pablo patrick paul pedro peter philip
 pierre rafael rahul ralph raymond rashid raul ricardo richard rob robert roberto rodrigo
 roger ronald ross roy rupert russell ryan salman samuel scott sean sebastian sergei sergio
 seth shaun simon stanley stefan stephen steve steven stuart ted thomas tim timothy tobias
 todd tom tony trevor  victor vikram vincent vladimir walter warren wayne william
 xavier yusuf yves zach zachary
""")

#: Given names of women.
WOMEN = word_set("""
 abigail ada adriana agnes aisha alexandra alice alicia alison amanda amelia amy ana
 anastasia angela angelina anita ann anna anne annie antonia audrey barbara beatrice
 beatriz bella bethany betty  brenda bridget caitlin camila carla carmen
 caroline catherine cecilia charlotte chloe christina christine claire clara claudia
 constance cristina cynthia daisy daniela deborah debra denise diana diane donna dorothy
 edith eleanor elena elisabeth elizabeth ella ellen emily emma erica esther eva
 fatima fiona florence frances gabriela gabrielle gemma georgia gillian gina giulia grace
 hannah harriet hazel heather helen helena holly ingrid irene isabel isabella
 isabelle jacqueline jane janet janice jasmine jennifer jessica jill  joanna joanne
 josephine joy judith judy julia julie juliet  katarina kate katherine kathleen
 kathryn katie laura lauren leah linda lisa lois louise lucia lucy lydia
 madeleine maggie margaret maria marie marina  martha mary maureen megan melanie
 melissa mia michelle miriam molly monica nadia nancy naomi natalia natalie natasha nicole
 nina nora olga olivia pamela patricia paula pauline penelope priya rachel rebecca rita
 rosa rose rosemary ruth sabrina samantha sandra sara sarah sharon sheila shirley sofia
 sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara teresa theresa tina
 valentina valerie vanessa vera veronica victoria virginia wendy yasmin yvonne zoe
""")


def one_sex_given_name(word: str) -> bool:
    """Whether a lower-case word is a given name of one sex (`MEN` or `WOMEN`)."""
    return word in MEN or word in WOMEN
