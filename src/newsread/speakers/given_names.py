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
 aaron abdul abdullah abel abraham abram adam adolfo adrian ahmad ahmed ahmet aidan alain
 alan alastair albert alberto aldo alejandro aleksandr alessandro alexander alexandre
 alexei alfonso alfred alfredo alistair alonso alvaro ambrose amir anders andre andreas
 andrei andres andrew andrzej angelo angus anthony antoine anton antonio anwar archie
 arjun armando arnaud arnold arthur arturo augustin axel barack barnaby barry bartholomew
 basil ben benedict benjamin benoit bernard bernardo bertrand bill billy bjorn bob bobby
 boris boyd brad bradley brandon brendan brian brody bruce bruno bryan byron caleb
 callum calvin carl carlo carlos cedric cesar chad charles christoph christopher cillian
 clarence claudio clifford clive clyde cole colin conor conrad cornelius craig curtis
 cyril damian damien daniel dante darius dariusz darren dave david declan dennis derek
 dermot desmond diego dieter dimitri dirk dmitry dominic donald donovan douglas duncan
 dylan eamon eamonn edgar edmund eduardo edward edwin egon elias elijah elliot emil
 emilio emmanuel enrique enzo eric ernest ernesto erwin esteban ethan eugene ewan fabian
 fabio farhan federico felipe felix fergus fernando finlay finn florian floyd francesco
 francisco francois frank franz fraser fred frederick frederik gabriel gareth gary gaston
 gavin geoffrey george geraint gerald gerard gerhard gilbert gilles giorgio giovanni
 giuseppe glen gordon graeme graham greg gregory grigory guido guillermo gunther gustavo
 hakan hamish hans harold harry harvey hassan hector heinrich helmut henry herbert horace
 howard hubert hugh hugo humphrey hussein ian ibrahim ignacio igor imran isaac isaiah
 ismail ivan ivor jack jacob jacques jake jamal james jared jason jasper javier
 jean-claude jean-luc jean-paul jean-pierre jeffrey jens jeremiah jeremy jerome jesper
 jesus jim jimmy joachim joaquin joe joel johan john johnny jonah jonas jonathan jorge
 jose josef joseph joshua juan julian jurgen justin kamal karim karl kasper keir keith
 ken kenji kenneth kevin khalid kieran kirk klaus konrad krzysztof kurt kyle lachlan
 lamar lance lars laszlo lawrence leo leon leonard leopold leroy lewis liam lionel lloyd
 lorenzo louis luca lucas lucian ludwig luigi luis luke lyle magnus malcolm manuel marcel
 marcin marco marcus marek mario marius mark martin mathieu matteo matthew maurice
 mauricio max maxim maximilian mehmet mervyn michael miguel mikhail milo mitchell mohamed
 mohammad mohammed moses muhammad murray mustafa nasser nathan nathaniel ned neil nelson
 nicholas nick nigel niklas nikolai nils noah norman olaf oleg oleksandr oleksiy oliver
 omar oscar osman otto owen pablo pascal patrick paul pavel pedro percy peter phil philip
 pierre piotr quentin rafael rahul ralph ramon randall randolph raphael rashid raul
 raymond reginald reinhard reuben rhys ricardo richard ricky rob robert roberto
 rodrigo roger rolf ronald ronan rory ross roy rudolf rufus rui rupert russell ryan
 salman samuel sandeep sanjay saul scott seamus sean sebastian sergei sergey sergio
 seth shane shaun silvio simon soren spencer stanislav stanley stefan stelios
 stephen steve steven stuart sven ted terence theo theodore thierry thomas tim timothy
 tobias todd tom tony travis trevor tristan ulrich umar uwe valentin vasily victor
 vikram viktor vincent vitaly vladimir vladislav volodymyr walter warren wayne wilfred
 willem william wolfgang xavier yaroslav yevgeny yusuf yves zach zachary zoltan
 arnel benigno bienvenido danilo edgardo efren ferdinand leonardo nestor renato reynaldo
 rodel rodolfo rogelio rolando romeo salvador teodoro virgilio wilfredo
""")

#: Given names of women.
WOMEN = word_set("""
 abigail ada adele adriana adrienne agata agatha agnes agnieszka aileen aimee aisha
 alessandra alexandra alexandria alice alicia alina alisha alison allison alma amalia
 amanda amber amelia amy ana anastasia anastasiya angela angelica angelina anika anita
 anja ann anna annabel annalise anne annette annie antoinette antonia arabella ariana
 astrid audrey aurora ayesha barbara beatrice beatrix beatriz belinda bella bernadette
 beth bethany bettina betty bianca birgit blanche brenda bridget brigitte bronwen caitlin
 camila camilla candice carina carla carmen carole carolina caroline cassandra catalina
 catherine cathy catriona cecilia celia charlene charlotte charmaine cheryl chloe
 christa christiane christina christine claire clara clarissa claudette claudia colette
 constance cora cordelia corinne cristina cynthia dagmar daisy daniela daphne deborah
 debra deirdre delia della delphine denise diana diane dolores dominika donna doris
 dorota dorothy edith edwina eileen elaine eleanor elena eleni elisa elisabeth eliza
 elizabeth ella ellen ellie eloise elsa elsie emilia emilie emily emma erica estelle
 esther ethel eugenia eunice eva eveline fatima faye felicity fernanda fiona florence
 frances francesca freya gabriela gabrielle gail gemma georgia geraldine gertrude gillian
 gina gisela giulia gladys glenda gloria grace greta gwen gwendolyn hanna hannah harriet
 harriett hazel heather heidi helen helena henrietta hermione hilda holly ida imogen ines
 ingeborg ingrid irene irina iris isabel isabella isabelle isla ivana jacqueline jadwiga
 jana jane janet janice janine jasmine jeanette jeanne jemima jenna jennifer jessica jill
 joanna joanne johanna josephine joy joyce juanita judith judy julia julie juliet
 justine karina karolina katarina katarzyna kate katharina katherine kathleen kathryn
 katie katrina kirsty klara kristina larissa laura laurel lauren leah lena leonie
 leticia liliana lillian lina linda lisa lois lorna lorraine louisa louise lucia lucille
 lucinda lucy ludmila luisa lydia mabel madeleine maggie mairead malgorzata marcela
 margaret margarita margot maria mariana marianne marie marilyn marina marisa marjorie
 marlene marta martha martina mary matilda maureen maxine megan melanie melinda melissa
 mia michelle mildred millie mirela miriam molly monica monique muriel myrtle
 nadezhda nadia nadine nancy naomi natalia natalie natasha nathalie nell nellie nicole
 nina nora noreen norma oksana olena olga olivia paloma pamela patricia paula paulina
 pauline peggy penelope petra philippa phoebe polly priya prudence rachael rachel ramona
 rebecca regina renata rhiannon rita roberta rosa rosalie rosalind rosanna rose rosemary
 roxanne ruth sabine sabrina sadie sally samantha sandra saoirse sara sarah selma serena
 sharon sheila shirley sinead siobhan sofia sonia sonja sophia sophie stella
 stephanie susan susanna susannah suzanna suzanne svetlana sylvia tabitha tamara tania
 tanya tatiana tatyana teresa thea theodora theresa tina ursula valentina valerie vanessa
 vera veronica victoria virginia viviane wendy wilhelmina winifred yana yasmin yolanda
 yulia yvonne zara zoe zofia zuzana
 carmela carmelita consuelo corazon esperanza estrella evangeline imelda josefina josie
 leonora lourdes luz maricel marisol milagros perla pilar remedios rosalinda rowena
 socorro teresita
""")


def one_sex_given_name(word: str) -> bool:
    """Whether a lower-case word is a given name of one sex (`MEN` or `WOMEN`)."""
    return word in MEN or word in WOMEN
